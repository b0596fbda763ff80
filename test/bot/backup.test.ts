// Backups on SQLite files of their own (this file is not a *.db.test.ts: the online backup API
// and the restore are SQLite's; PostgreSQL's pg_dump path has its own tests at the end).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runBackup } from '../../bot/backup/run-backup.ts';
import { scheduleBackups } from '../../bot/backup/schedule-backups.ts';
import { runBackupCli, runRestoreCli } from '../../bot/cli/backup.ts';
import { holdRunLock } from '../../bot/run-lock.ts';
import { BotError } from '../../core/bot-error.ts';
import { pgDumpCommand, pgDumpVersion } from '../../storage/backup/pg-dump.ts';
import type { Db } from '../../storage/client.ts';
import { openDb } from '../../storage/db.ts';
import { databaseTarget } from '../../storage/driver-adapter.ts';
import { chats, ledgerFixture, people } from '../commands/ledger-fixture.ts';
import { groupMessage } from '../support/messages.ts';
import { silentLogger } from '../support/test-bot.ts';
import { createTestDb } from '../support/test-db.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vbot-backup-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const NOW = new Date('2026-11-25T10:00:00+08:00');
const storedIds = async (db: Db) =>
  new Set((await db.prisma.inboxMessage.findMany({ select: { messageId: true } })).map((r) => r.messageId));
const args = (positionals: string[], values: Record<string, string> = {}) => ({ positionals, values });

describe('cli backup and cli restore on SQLite', () => {
  it('backs up during a burst of check-ins; the restore has every message acknowledged before the backup', {
    timeout: 180_000,
  }, async () => {
    const dir = tempDir();
    const url = `file:${path.join(dir, 'bot.db')}`;
    const config = { DATABASE_URL: url, BACKUP_DIR: path.join(dir, 'backups'), BACKUP_KEEP: 5 };
    const db = await openDb(url);
    const f = await ledgerFixture(db);

    // The burst: check-ins one after another, each acknowledged (stored) before the next is sent,
    // as an adapter does; it runs on while the backup copies.
    const acked: string[] = [];
    const handled: Promise<unknown>[] = [];
    let stop = false;
    let n = 0;
    const burst = (async () => {
      while (!stop) {
        n++;
        const msg = groupMessage(`#走访 王德福 三星村4组 脱贫户 全部达标 第${n}次`, {
          platform: 'wechat',
          sentAt: NOW,
          ...people.zhangHua,
          ...chats.sanxing,
        });
        const r = await f.bot.receive(msg);
        acked.push(msg.messageId);
        handled.push(r.handled);
        // The SQLite driver answers within the same turn of the event loop: let the backup's steps run between messages.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const ackedCount = async (count: number) => {
      while (acked.length < count) await new Promise((r) => setImmediate(r));
    };
    await ackedCount(12);
    const beforeBackup = [...acked];
    const lines: string[] = [];
    expect(await runBackupCli({ config, now: NOW, tty: false }, args([]), (l) => lines.push(l))).toBe(0);
    const afterBackup = acked.length;
    await ackedCount(afterBackup + 3);
    stop = true;
    await burst;
    await Promise.all(handled);
    const lastAcked = acked.at(-1)!;
    const liveCount = (await storedIds(db)).size;
    await f.bot.stop();
    await db.close();

    // Plain progress lines (no terminal), rising to 100%, then the summary with the dated file.
    const percents = lines.filter((l) => l.startsWith('正在备份：')).map((l) => Number(/：(\d+)%/.exec(l)![1]));
    expect(percents.length).toBeGreaterThan(1);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
    const file = path.join(config.BACKUP_DIR, 'bot-20261125-100000.db');
    expect(lines.at(-1)).toContain(`备份完成：${file}`);
    expect(existsSync(file)).toBe(true);

    const restored: string[] = [];
    expect(await runRestoreCli({ config, now: NOW }, args([file]), (l) => restored.push(l))).toBe(0);
    expect(restored.join('\n')).toContain('备份文件检查通过');
    const aside = path.join(dir, 'bot.db.before-restore-20261125-100000.db');
    expect(restored.join('\n')).toContain(`当前数据库已另存为：${aside}`);

    const back = await openDb(url);
    const ids = await storedIds(back);
    for (const id of beforeBackup) expect(ids.has(id), id).toBe(true);
    // It is the backup that is in place: what came after it is not there …
    expect(ids.has(lastAcked)).toBe(false);
    expect(ids.size).toBeLessThan(liveCount);
    // … and the database that was replaced is kept whole beside it.
    const kept = await openDb(`file:${aside}`, { migrate: false });
    expect((await storedIds(kept)).size).toBe(liveCount);
    await kept.close();
    // The restored database is a working one: its visits are there and readable.
    expect(await back.prisma.visit.count()).toBeGreaterThanOrEqual(beforeBackup.length);
    await back.close();
  });

  it('refuses to restore while a bot runs on the database, and then changes nothing', async () => {
    const dir = tempDir();
    const url = `file:${path.join(dir, 'bot.db')}`;
    const config = { DATABASE_URL: url, BACKUP_DIR: path.join(dir, 'backups'), BACKUP_KEEP: 5 };
    const db = await openDb(url);
    await runBackupCli({ config, now: NOW, tty: false }, args([]), () => {});
    await db.prisma.township.create({ data: { name: '备份之后' } });
    const release = holdRunLock(databaseTarget(url), 'bot-1');
    const lines: string[] = [];
    const code = await runRestoreCli({ config, now: NOW }, args([path.join(config.BACKUP_DIR, 'bot-20261125-100000.db')]), (l) =>
      lines.push(l),
    );
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain('[RESTORE_BOT_RUNNING]');
    expect(lines.join('\n')).toContain(`进程 ${process.pid}`);
    expect(await db.prisma.township.count({ where: { name: '备份之后' } })).toBe(1);
    expect(readdirSync(dir).filter((f) => f.includes('before-restore'))).toEqual([]);
    release();
    expect(existsSync(`${path.join(dir, 'bot.db')}.lock`)).toBe(false);
    await db.close();
  });

  it('a lock left by a process that is gone does not hold the restore', async () => {
    const dir = tempDir();
    const url = `file:${path.join(dir, 'bot.db')}`;
    const config = { DATABASE_URL: url, BACKUP_DIR: path.join(dir, 'backups'), BACKUP_KEEP: 5 };
    const db = await openDb(url);
    await runBackupCli({ config, now: NOW, tty: false }, args([]), () => {});
    await db.close();
    const { hostname } = await import('node:os');
    // PIDs are below 2^22 on Linux: this one cannot be running.
    writeFileSync(
      `${path.join(dir, 'bot.db')}.lock`,
      JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), instance: 'old', startedAt: 'x' }),
    );
    expect(await runRestoreCli({ config, now: NOW }, args([path.join(config.BACKUP_DIR, 'bot-20261125-100000.db')]), () => {})).toBe(0);
  });

  it('refuses a file that is not a database, a damaged one, or another program’s, and keeps the current one', async () => {
    const dir = tempDir();
    const url = `file:${path.join(dir, 'bot.db')}`;
    const config = { DATABASE_URL: url, BACKUP_DIR: path.join(dir, 'backups'), BACKUP_KEEP: 5 };
    const db = await openDb(url);
    await db.prisma.township.create({ data: { name: '现在的库' } });
    await db.close();
    const before = readFileSync(path.join(dir, 'bot.db'));

    const junk = path.join(dir, 'junk.db');
    writeFileSync(junk, Buffer.alloc(8192, 7));
    const foreign = path.join(dir, 'foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
    other.close();
    // A copy cut short: the header promises more pages than the file has.
    const torn = path.join(dir, 'torn.db');
    await runBackup({ target: databaseTarget(url), dir: path.join(dir, 'whole'), keep: 5, now: NOW });
    const whole = readFileSync(path.join(dir, 'whole', 'bot-20261125-100000.db'));
    writeFileSync(torn, whole.subarray(0, Math.floor(whole.length / 2)));

    for (const [file, code] of [
      [junk, 'BACKUP_NOT_SQLITE'],
      [foreign, 'BACKUP_FOREIGN'],
      [torn, 'BACKUP_'],
      [path.join(dir, 'missing.db'), 'BACKUP_UNREADABLE'],
    ]) {
      const lines: string[] = [];
      expect(await runRestoreCli({ config, now: NOW }, args([file]), (l) => lines.push(l)), file).toBe(1);
      expect(lines.join('\n'), file).toContain(`[${code}`);
    }
    expect(readFileSync(path.join(dir, 'bot.db')).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('before-restore'))).toEqual([]);
  });

  it('keeps the last BACKUP_KEEP copies of the database and no other files', async () => {
    const dir = tempDir();
    const url = `file:${path.join(dir, 'bot.db')}`;
    const out = path.join(dir, 'out');
    const db = await openDb(url);
    await db.close();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(out);
    writeFileSync(path.join(out, 'notes.txt'), 'not a backup');
    const config = { DATABASE_URL: url, BACKUP_DIR: path.join(dir, 'unused'), BACKUP_KEEP: 2 };
    for (let i = 0; i < 4; i++) {
      const lines: string[] = [];
      await runBackupCli({ config, now: new Date(NOW.getTime() + i * 60_000), tty: false }, args([], { out }), (l) => lines.push(l));
      if (i >= 2) expect(lines.at(-1)).toBe('已删除较早的备份 1 个，保留最近 2 个。');
    }
    expect(readdirSync(out).sort()).toEqual(['bot-20261125-100200.db', 'bot-20261125-100300.db', 'notes.txt']);
    expect(existsSync(path.join(dir, 'unused'))).toBe(false);
  });

  it('BACKUP_CRON: the same backup on a schedule, keeping the last copies', async () => {
    const dir = tempDir();
    const url = `file:${path.join(dir, 'bot.db')}`;
    const db = await openDb(url);
    const backups = path.join(dir, 'backups');
    let tick = 0;
    // node-cron's seconds field: two runs in about two seconds, each at a clock a minute later.
    const files: string[] = [];
    const twoRuns = new Promise<void>((resolve) => {
      const stopSchedule = scheduleBackups(
        databaseTarget(url),
        { cron: '* * * * * *', dir: backups, keep: 1 },
        silentLogger,
        () => new Date(NOW.getTime() + tick++ * 60_000),
        (result) => {
          files.push(path.basename(result.file));
          if (files.length === 2) void stopSchedule().then(resolve);
        },
      );
    });
    await twoRuns;
    expect(files).toEqual(['bot-20261125-100000.db', 'bot-20261125-100100.db']);
    expect(readdirSync(backups)).toEqual(['bot-20261125-100100.db']);
    await db.close();
  });
});

describe('PostgreSQL: pg_dump', () => {
  it('without pg_dump on PATH, says so and prints the exact command, password hidden', async () => {
    const dir = tempDir();
    const target = databaseTarget('postgres://bot:s3cret@127.0.0.1:5432/village_bot');
    const run = runBackup({ target, dir, keep: 3, now: NOW, env: { PATH: dir } });
    await expect(run).rejects.toBeInstanceOf(BotError);
    const err = (await run.catch((e: unknown) => e)) as BotError;
    expect(err.code).toBe('PG_DUMP_MISSING');
    expect(err.message).toContain('没有找到 pg_dump');
    expect(err.message).toContain(
      `pg_dump --format=custom --no-owner --file=${path.join(dir, 'village_bot-20261125-100000.dump')} '--dbname=postgres://bot:***@127.0.0.1:5432/village_bot'`,
    );
    expect(err.message).not.toContain('s3cret');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.runIf(pgDumpVersion() !== null)(
    'with pg_dump on PATH, dumps the database into a dated custom-format file',
    { timeout: 120_000 },
    async () => {
      const t = await createTestDb('postgres');
      try {
        await t.db.prisma.township.create({ data: { name: '后叶镇' } });
        const dir = tempDir();
        const lines: string[] = [];
        const code = await runBackupCli(
          { config: { DATABASE_URL: t.url, BACKUP_DIR: dir, BACKUP_KEEP: 3 }, now: NOW, tty: false },
          args([]),
          (l) => lines.push(l),
        );
        expect(code, lines.join('\n')).toBe(0);
        const name = `${new URL(t.url).pathname.slice(1)}-20261125-100000.dump`;
        expect(readFileSync(path.join(dir, name)).subarray(0, 5).toString()).toBe('PGDMP');
        expect(lines.join('\n')).toContain(pgDumpCommand(t.url, path.join(dir, name)));
      } finally {
        await t.destroy();
      }
    },
  );

  it('restore on PostgreSQL prints the pg_restore command and changes nothing', async () => {
    const lines: string[] = [];
    const code = await runRestoreCli(
      { config: { DATABASE_URL: 'postgres://bot:pw@db:5432/vb', BACKUP_DIR: 'x', BACKUP_KEEP: 1 } },
      args(['/srv/vb.dump']),
      (l) => lines.push(l),
    );
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain("pg_restore --clean --if-exists --no-owner '--dbname=postgres://bot:***@db:5432/vb' /srv/vb.dump");
  });
});
