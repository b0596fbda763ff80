#!/usr/bin/env node
// Bundles bot/main.ts into dist/ (esbuild, offline, well under a second) so `npm start` runs
// plain JavaScript: under tsx every one of the project's ~600 modules went through its loader
// thread at each start. Packages stay in node_modules (imported as they are); a platform's
// adapter, imported only when configured, is a chunk of its own, so its SDK is not loaded
// otherwise. Each source file keeps its own `import.meta.url`, so files found beside the
// sources (migrations, FAQ entries, the chart child) are found as before. Run by `postinstall`,
// and by `npm start` (scripts/start.mjs) whenever a source is newer than the bundle.
import { existsSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = path.join(root, 'dist');
export const entry = path.join(distDir, 'main.js');
/** Written last: names the tree it was built from, so a moved checkout builds again. */
export const stamp = path.join(distDir, 'built-from.json');

const sourceUrl = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = await readFile(args.path, 'utf8');
      const contents = text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader: 'ts' };
    });
  },
};

export async function buildStart() {
  // dist/ is not emptied first: a bot still running from the last bundle (an upgrade before its
  // restart) imports its later chunks (the dispatch pack's xlsx) by their hashed names.
  await build({
    entryPoints: { main: path.join(root, 'bot/main.ts') },
    outdir: distDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [sourceUrl],
  });
  writeFileSync(path.join(distDir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(stamp, `${JSON.stringify({ root })}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await buildStart();
  if (!existsSync(entry)) throw new Error('build produced no dist/main.js');
  process.stdout.write(`dist/main.js built in ${Math.round(performance.now() - started)} ms\n`);
}
