import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/test-db.ts';

const child = path.resolve(import.meta.dirname, '../support/crash-child.ts');

function run(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('a kill -9 in the middle of a burst', () => {
  let t: TestDb;
  afterEach(async () => {
    await t.destroy();
  });

  it('handles every stored message once and sends every reply once after restart', async () => {
    t = await createTestDb();
    const sink = path.join(tmpdir(), `sink-${process.pid}-${Date.now()}.tsv`);
    const burst = run(['burst', t.url, sink, '400']);
    let stored = 0;
    let stderr = '';
    burst.stderr.on('data', (c) => {
      stderr += c;
    });
    await new Promise<void>((resolve, reject) => {
      burst.stdout.on('data', (c: Buffer) => {
        stored += (c.toString().match(/stored/g) ?? []).length;
        if (stored >= 120) {
          burst.kill('SIGKILL');
          resolve();
        }
      });
      burst.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`burst exited ${code}: ${stderr}`))));
    });
    if (burst.exitCode === null && burst.signalCode === null) await new Promise((r) => burst.once('exit', r));

    const recover = run(['recover', t.url, sink]);
    let rerr = '';
    recover.stderr.on('data', (c) => {
      rerr += c;
    });
    const code = await new Promise<number | null>((resolve) => recover.on('exit', resolve));
    expect(code, rerr).toBe(0);

    const inbox = await t.db.prisma.inboxMessage.findMany();
    expect(inbox.length).toBeGreaterThanOrEqual(120);
    expect(inbox.filter((m) => !['handled', 'rejected', 'ignored'].includes(m.status))).toEqual([]);
    const outbox = await t.db.prisma.outboxMessage.findMany();
    expect(outbox.every((m) => m.status === 'sent')).toBe(true);
    // Every stored message that asked for an answer got exactly one reply row.
    const perInbox = new Map<number, number>();
    for (const m of outbox) perInbox.set(m.inboxId!, (perInbox.get(m.inboxId!) ?? 0) + 1);
    expect(inbox.filter((m) => m.status !== 'ignored').every((m) => perInbox.has(m.id))).toBe(true);
    // The platform shows each reply once (it keys sends as Lark keys its uuid).
    const lines = existsSync(sink) ? readFileSync(sink, 'utf8').trim().split('\n') : [];
    const keys = new Set(lines.map((l) => l.split('\t')[0]));
    expect(keys.size).toBe(outbox.length);
  }, 120_000);
});
