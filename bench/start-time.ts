// `npm start` to the console prompt on a migrated SQLite database, and the process's RSS once
// it sits idle: the bundled start (scripts/start.mjs → dist/main.js) beside the sources run
// under tsx as before. Each run is a fresh process in a scratch directory (its own data/bot.db,
// migrated by a first run that is not counted); CPU is the process's user + system time until
// the prompt, a steadier figure than wall time on a shared machine.
//   npx tsx bench/start-time.ts [runs]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface StartRun {
  name: string;
  command: string;
  runs: number;
  /** Spawn to the console prompt, ms: median, fastest, slowest. */
  readyMs: { median: number; min: number; max: number };
  cpuMsMedian: number;
  /** RSS of the whole process tree (tsx starts node as a child) 3 s after the prompt, MB. */
  idleRssMB: { median: number; max: number };
}

const IDLE_MS = 3000;

function procTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {}
  return [pid, ...children.flatMap(procTree)];
}

const rssMB = (pid: number) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
// utime + stime, in clock ticks of 10 ms.
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/** One start: resolves with the time to the prompt, the CPU spent by then and the idle RSS. */
function startOnce(argv: string[], cwd: string): Promise<{ readyMs: number; cpuMs: number; rssMB: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(argv[0], argv.slice(1), { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'info' } });
    let out = '';
    let err = '';
    let done = false;
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.stdout.on('data', (d) => {
      out += d;
      if (done || !/> $/.test(out)) return;
      done = true;
      const readyMs = performance.now() - t0;
      const cpu = procTree(child.pid!).reduce((a, p) => a + cpuMs(p), 0);
      setTimeout(() => {
        const rss = procTree(child.pid!).reduce((a, p) => a + rssMB(p), 0);
        child.stdin.end('/quit\n');
        child.once('exit', () => resolve({ readyMs, cpuMs: cpu, rssMB: rss }));
      }, IDLE_MS);
    });
    child.once('exit', (code) => {
      if (!done) reject(new Error(`exited (${code}) before the prompt: ${err.slice(-500)}`));
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(name: string, argv: string[], runs: number): Promise<StartRun> {
  const cwd = mkdtempSync(path.join(tmpdir(), 'vbot-start-'));
  try {
    await startOnce(argv, cwd); // creates and migrates data/bot.db; not counted
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await startOnce(argv, cwd));
    const ready = results.map((r) => r.readyMs);
    return {
      name,
      command: argv.map((a) => (a === process.execPath ? 'node' : path.relative(root, a))).join(' '),
      runs,
      readyMs: { median: Math.round(median(ready)), min: Math.round(Math.min(...ready)), max: Math.round(Math.max(...ready)) },
      cpuMsMedian: median(results.map((r) => r.cpuMs)),
      idleRssMB: { median: Math.round(median(results.map((r) => r.rssMB))), max: Math.round(Math.max(...results.map((r) => r.rssMB))) },
    };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

export async function runStartTimeBench(options: { runs?: number } = {}): Promise<StartRun[]> {
  const runs = options.runs ?? 5;
  return [
    await measure('npm start (bundled JavaScript)', [process.execPath, path.join(root, 'scripts/start.mjs')], runs),
    await measure('the sources under tsx (before)', [path.join(root, 'node_modules/.bin/tsx'), path.join(root, 'bot/main.ts')], runs),
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  console.log(JSON.stringify(await runStartTimeBench({ runs: Number(process.argv[2] ?? 5) }), null, 2));
}
