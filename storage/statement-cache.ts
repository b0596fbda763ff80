import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';

/** Enough for every statement Prisma writes for this schema; rare shapes (long IN lists) fall out. */
const MAX_STATEMENTS = 500;

interface Statement {
  readonly reader: boolean;
  run(args?: unknown[]): unknown;
  columns(): unknown[];
  raw(on: boolean): { all(args?: unknown[]): unknown[] };
}
interface Database {
  prepare(sql: string): Statement;
}

/**
 * Prisma's better-sqlite3 adapter prepares every statement anew, and preparing cost more than
 * running (a third of the adapter's time in the check-in bench). Here the connection keeps its
 * prepared statements by SQL text and hands the adapter a fresh binding of the cached one: the
 * adapter calls `prepare(sql).bind(args)` and then `run()`, or `columns()` and `raw().all()`.
 * Returns false when the adapter is not the one this was written against (nothing is changed).
 */
export function cacheStatements(adapter: SqlDriverAdapter): boolean {
  const db = (adapter as unknown as { client?: Database }).client;
  if (!db || typeof db.prepare !== 'function') return false;
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Statement>();
  db.prepare = (sql: string) => {
    let stmt = cache.get(sql);
    if (stmt) {
      // Most recently used last, so the oldest is the one dropped.
      cache.delete(sql);
    } else {
      stmt = prepare(sql);
      if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
    }
    cache.set(sql, stmt);
    return reusable(stmt);
  };
  return true;
}

/** The part of a better-sqlite3 statement the adapter uses, with the arguments kept here, not bound for good. */
function reusable(stmt: Statement): Statement & { bind(args: unknown[]): Statement } {
  const use = (args: unknown[]): Statement => ({
    reader: stmt.reader,
    run: () => stmt.run(args),
    columns: () => stmt.columns(),
    raw: () => ({ all: () => stmt.raw(true).all(args) }),
  });
  return { ...use([]), bind: use };
}
