import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheStatements } from '../../storage/statement-cache.ts';

// storage/statement-cache.ts reaches into the better-sqlite3 adapter: if an upgrade changes its
// shape, this says so instead of the cache silently turning off.
describe('prepared statements kept by the SQLite connection', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  async function connect() {
    const dir = mkdtempSync(path.join(tmpdir(), 'vbot-stmt-'));
    dirs.push(dir);
    const adapter = await new PrismaBetterSqlite3({ url: path.join(dir, 'x.db') }).connect();
    const db = (adapter as unknown as { client: { prepare: (sql: string) => unknown } }).client;
    let prepared = 0;
    const prepare = db.prepare.bind(db);
    db.prepare = (sql: string) => {
      prepared++;
      return prepare(sql);
    };
    return { adapter, prepared: () => prepared };
  }
  const q = (sql: string, args: unknown[] = []) => ({
    sql,
    args,
    argTypes: args.map(() => ({ scalarType: 'int', arity: 'scalar' }) as const),
  });

  it('prepares each statement once and binds each call afresh', async () => {
    const { adapter, prepared } = await connect();
    expect(cacheStatements(adapter)).toBe(true);
    await adapter.executeScript('CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)');
    for (const v of [10, 20, 30]) await adapter.executeRaw(q('INSERT INTO t (v) VALUES (?)', [v]));
    const read = async (id: number) => (await adapter.queryRaw(q('SELECT v FROM t WHERE id = ?', [id]))).rows;
    expect(await read(1)).toEqual([[10]]);
    expect(await read(3)).toEqual([[30]]);
    expect(await read(2)).toEqual([[20]]);
    expect(await read(9)).toEqual([]);
    // One INSERT and one SELECT, however many calls.
    expect(prepared()).toBe(2);
    await adapter.dispose();
  });

  it('keeps a transaction working on the cached statements', async () => {
    const { adapter } = await connect();
    cacheStatements(adapter);
    await adapter.executeScript('CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)');
    for (const keep of [false, true]) {
      // startTransaction runs BEGIN (a cached statement, the second time); Prisma sends COMMIT or ROLLBACK as a query.
      const tx = await adapter.startTransaction();
      await tx.executeRaw(q('INSERT INTO t (v) VALUES (?)', [keep ? 2 : 1]));
      await tx.executeRaw(q(keep ? 'COMMIT' : 'ROLLBACK'));
      await (keep ? tx.commit() : tx.rollback());
    }
    expect((await adapter.queryRaw(q('SELECT v FROM t'))).rows).toEqual([[2]]);
    await adapter.dispose();
  });
});
