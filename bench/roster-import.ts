// Roster import at county size (aim: 50,000 rows in ≤ 20 s and ≤ 300 MB peak): a generated
// roster (bench/roster-corpus.ts) as .csv and as .xlsx, each imported by the real
// `npm run cli -- import` process into a fresh SQLite file and a fresh PostgreSQL database,
// then imported again (every row matched, nothing to change) and, for the CSV, once more
// with every household moved to another cadre (50,000 updates). Seconds are the whole
// process as the admin waits for it (start, migration check, read, check, write); memory
// is its peak RSS (bench/peak-rss-on-exit.ts).
//   npx tsx bench/roster-import.ts [rows]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createTestDb } from '../test/support/test-db.ts';
import { writeRosterCsv, writeRosterXlsx } from './roster-corpus.ts';

export interface RosterImportRun {
  provider: 'sqlite' | 'postgresql';
  format: 'csv' | 'xlsx';
  pass: 'fresh' | 'again, unchanged' | 'again, every cadre changed';
  seconds: number;
  peakRssMB: number;
  households: number;
  summary: string;
}

export interface RosterImportResult {
  name: string;
  rows: number;
  /** Peak RSS of the same command importing a one-row file: node, tsx and the Prisma client before any roster. */
  oneRowPeakRssMB: Record<'sqlite' | 'postgresql', number>;
  fileMB: Record<string, number>;
  runs: RosterImportRun[];
  /** Every fresh import of `rows` rows within 20 s and 300 MB, every row stored. */
  withinAim: boolean;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'bot/cli.ts');
const peakReporter = pathToFileURL(path.join(root, 'bench/peak-rss-on-exit.ts')).href;

/** `npm run cli -- import <file>` as its own process (node and tsx, as npm runs it), timed from spawn to exit. */
function importInChild(url: string, file: string): Promise<{ seconds: number; peakRssMB: number; code: number; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const env = { ...process.env, DATABASE_URL: url, CONSOLE: 'off', LOG_LEVEL: 'warn' };
    const proc = spawn(process.execPath, ['--import', 'tsx', '--import', peakReporter, cli, 'import', file], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c) => {
      stdout += c;
    });
    proc.stderr.on('data', (c) => {
      stderr += c;
    });
    proc.on('exit', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      const peak = /\{"peakRssMB":(\d+)\}/.exec(stderr);
      if (!peak || code !== 0) reject(new Error(`import exited ${code}: ${stdout}\n${stderr}`));
      else resolve({ seconds, peakRssMB: Number(peak[1]), code, lines: stdout.trim().split('\n') });
    });
  });
}

export async function runRosterImportBench(options: { rows?: number } = {}): Promise<RosterImportResult> {
  const rows = options.rows ?? 50_000;
  const dir = mkdtempSync(path.join(tmpdir(), 'vbot-roster-'));
  const files = { csv: path.join(dir, 'roster.csv'), xlsx: path.join(dir, 'roster.xlsx') };
  const runs: RosterImportRun[] = [];
  const oneRowPeakRssMB = { sqlite: 0, postgresql: 0 };
  try {
    const oneRow = path.join(dir, 'one-row.csv');
    writeFileSync(oneRow, '村,户主\n基准村,王德福\n');
    await writeRosterCsv(files.csv, rows);
    await writeRosterXlsx(files.xlsx, rows);
    // The same roster with each household given the next cadre of its village.
    const moved = path.join(dir, 'roster-moved.csv');
    writeFileSync(
      moved,
      readFileSync(files.csv, 'utf8').replace(
        /^(([^,\n]*,){7})([^,\n]*),([^,\n]*),([^,\n]*)$/gm,
        (_l, head: string, _x, cadre: string, phone: string, title: string) => `${head}${cadre}甲,${phone},${title}`,
      ),
    );
    for (const provider of ['sqlite', 'postgresql'] as const) {
      const empty = await createTestDb(provider === 'postgresql' ? 'postgres' : 'sqlite');
      try {
        oneRowPeakRssMB[provider] = (await importInChild(empty.url, oneRow)).peakRssMB;
      } finally {
        await empty.destroy();
      }
      for (const format of ['csv', 'xlsx'] as const) {
        const t = await createTestDb(provider === 'postgresql' ? 'postgres' : 'sqlite');
        try {
          const passes: Array<[RosterImportRun['pass'], string]> = [
            ['fresh', files[format]],
            ['again, unchanged', files[format]],
          ];
          if (format === 'csv') passes.push(['again, every cadre changed', moved]);
          for (const [pass, file] of passes) {
            const r = await importInChild(t.url, file);
            runs.push({
              provider,
              format,
              pass,
              seconds: Number(r.seconds.toFixed(1)),
              peakRssMB: r.peakRssMB,
              households: await t.db.prisma.household.count(),
              summary: [r.lines[0], ...r.lines.filter((l) => l.includes('农户'))].join(' ').replace(/\s+/g, ' '),
            });
          }
        } finally {
          await t.destroy();
        }
      }
    }
    return {
      name: 'roster import',
      rows,
      oneRowPeakRssMB,
      fileMB: {
        csv: Number((statSync(files.csv).size / 2 ** 20).toFixed(1)),
        xlsx: Number((statSync(files.xlsx).size / 2 ** 20).toFixed(1)),
      },
      runs,
      withinAim: runs.every((r) => r.seconds <= 20 && r.peakRssMB <= 300 && r.households === rows),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  console.log(JSON.stringify(await runRosterImportBench({ rows: Number(process.argv[2] ?? 50_000) }), null, 2));
}
