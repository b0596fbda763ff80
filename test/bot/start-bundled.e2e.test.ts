// `npm start` runs the bundle (scripts/start.mjs → dist/main.js), not the sources: this runs it
// as a person would, in a fresh directory, and talks to it. A file the bundle cannot find beside
// its sources (migrations, FAQ entries) or a module it cannot load fails here, not on a server.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('starts from the bundle on a new database, migrates it, answers a check-in and #帮助, and stops on /quit', async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'vbot-bundled-'));
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  let err = '';
  child.stderr.on('data', (d) => {
    err += d;
  });
  const waitFor = async (text: string) => {
    const end = Date.now() + 40_000;
    while (!out.includes(text)) {
      if (Date.now() > end) throw new Error(`no “${text}” in: ${out.slice(-800)}${err.slice(-800)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  await waitFor('> ');
  child.stdin.write('#走访 王德福 三星村4组 脱贫户 全部达标\n');
  await waitFor('已记录走访：王德福');
  child.stdin.write('#帮助\n');
  await waitFor('#帮助 销号');
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.stdin.end('/quit\n');
  expect(await exited).toBe(0);
}, 60_000);
