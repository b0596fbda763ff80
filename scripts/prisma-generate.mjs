#!/usr/bin/env node
// Generates one Prisma client per database from storage/schema.prisma, with no download.
// `prisma generate` needs no schema engine, but the CLI checks that one exists; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any file (node itself) stops it fetching one from the net.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = readFileSync(path.join(root, 'storage/schema.prisma'), 'utf8');
const prismaCli = path.join(root, 'node_modules/prisma/build/index.js');

for (const provider of ['sqlite', 'postgresql']) {
  const dir = path.join(root, 'storage/generated', provider);
  mkdirSync(dir, { recursive: true });
  const schema = source.replace(/provider = "sqlite"/, `provider = "${provider}"`);
  const file = path.join(dir, 'schema.prisma');
  writeFileSync(file, schema);
  const run = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', file], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  });
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    process.stderr.write(`\nprisma generate failed for ${provider}: check storage/schema.prisma\n`);
    process.exit(1);
  }
  process.stdout.write(`generated Prisma client for ${provider}\n`);
}
