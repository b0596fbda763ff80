// The durable-write limit for the same work, measured in the same run as the project's own
// check-in bench, so the two figures share the machine's mood: better-sqlite3 directly on the
// project's migrated schema (the maintainers' `sqlite-limit.mjs`, beside the project when the
// shared tools are checked out). Without it, this bench says so and the others still run.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../shared/tools/sqlite-limit.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface DurableLimit {
  name: string;
  messages: number;
  /** Check-ins per second with three commits per message, one, and fifty messages per commit. */
  sameCommits: number;
  oneCommit: number;
  group50: number;
}

export async function runDurableLimit(n = 3000): Promise<DurableLimit | { name: string; skipped: string }> {
  if (!existsSync(SCRIPT)) return { name: 'durable-write limit', skipped: 'sqlite-limit.mjs is not beside the project' };
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(process.execPath, [SCRIPT, String(n)], { cwd: ROOT, maxBuffer: 1 << 20 }, (err, out) => (err ? reject(err) : resolve(out))),
  );
  const line = stdout.split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`sqlite-limit.mjs printed no figures: ${stdout.slice(0, 200)}`);
  const r = JSON.parse(line) as Record<string, number>;
  return { name: 'durable-write limit', messages: r.n, sameCommits: r['same-commits'], oneCommit: r['one-commit'], group50: r['group-50'] };
}

/** The project's check-ins per second beside the limit's, as shares of each shape. */
export function ratioToLimit(projectPerSecond: number, limit: DurableLimit) {
  const share = (x: number) => Number((projectPerSecond / x).toFixed(3));
  return {
    projectPerSecond,
    ofSameCommits: share(limit.sameCommits),
    ofOneCommit: share(limit.oneCommit),
    ofGroup50: share(limit.group50),
  };
}
