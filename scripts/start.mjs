#!/usr/bin/env node
// `npm start`: runs the bot bundled as plain JavaScript (dist/main.js, scripts/build-start.mjs),
// in this process. The bundle is built by `npm install`; when it is missing, was built in
// another directory, or any source file is newer (an edit, a `git pull`), it is built again
// first (a second or two), so what runs is always the code in the tree.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist/main.js');
const stamp = path.join(root, 'dist/built-from.json');
const SOURCE_DIRS = ['core', 'storage', 'faq', 'sheets', 'prompts', 'charts', 'commands', 'cadence', 'bot'];

/** The latest change to anything the bundle is made of: its sources and the installed packages. */
function newestSource() {
  let newest = statSync(path.join(root, 'package-lock.json'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(path.join(dir, e.name));
      } else if (e.name.endsWith('.ts')) {
        newest = Math.max(newest, statSync(path.join(dir, e.name)).mtimeMs);
      }
    }
  };
  for (const dir of SOURCE_DIRS) walk(path.join(root, dir));
  return newest;
}

function upToDate() {
  if (!existsSync(entry) || !existsSync(stamp)) return false;
  try {
    if (JSON.parse(readFileSync(stamp, 'utf8')).root !== root) return false;
  } catch {
    return false;
  }
  return statSync(stamp).mtimeMs >= newestSource();
}

if (!upToDate()) {
  const { buildStart } = await import('./build-start.mjs');
  await buildStart();
}
// Prisma's query compiler is WebAssembly. V8 compiles it quickly (Liftoff) and then again,
// optimised, in the background: that second compile cost ~70 MB of resident memory and half a
// second of CPU at every start, for queries whose plans Prisma caches anyway (bench/start-time.ts,
// bench/prisma-query-cost.ts). Set before any WebAssembly is compiled.
v8.setFlagsFromString('--liftoff-only');
v8.setFlagsFromString('--no-wasm-tier-up');
await import(pathToFileURL(entry).href);
