import { Prisma as P } from './generated/sqlite/client/client.ts';
import type { Provider } from './driver-adapter.ts';
import type { Client } from './client.ts';

export type ColumnType = 'int' | 'text' | 'timestamp';
export type Columns = Record<string, ColumnType>;
export type Value = string | number | Date | null;

/** Rows per statement; each statement binds one JSON text of about 100 KB. */
const ROWS_PER_STATEMENT = 1000;

/**
 * Many rows in and out of a table without Prisma's per-row cost. Prisma's createMany took
 * about 1 ms a row here (48 s for a 50,000-household roster), and a multi-row INSERT with
 * a bound value per cell kept about 1 KB a row alive inside the client (a 50,000-row import
 * passed 300 MB). So each statement binds one JSON array of rows, which the database
 * unpacks: json_each on SQLite, json_array_elements on PostgreSQL. `table` and the column
 * names come from the code, never from input; the values are data inside the JSON.
 */
export async function insertRows(
  tx: Client,
  provider: Provider,
  table: string,
  columns: Columns,
  rows: Value[][],
  /** Called after each statement with the rows written so far (progress of a long import). */
  onRows?: (written: number) => void,
): Promise<void> {
  const names = Object.keys(columns);
  const target = P.raw(`"${table}" (${names.map((n) => `"${n}"`).join(', ')})`);
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const json = toJson(provider, rows.slice(start, start + ROWS_PER_STATEMENT));
    await tx.$executeRaw`INSERT INTO ${target} SELECT ${P.raw(unpacked(provider, columns))} FROM ${P.raw(provider === 'sqlite' ? 'json_each(' : 'json_array_elements(')}${json}${P.raw(provider === 'sqlite' ? ')' : '::json) AS e')}`;
    onRows?.(Math.min(rows.length, start + ROWS_PER_STATEMENT));
  }
}

/** Sets the given columns of each row found by `id` (the first value of each row). */
export async function updateRows(
  tx: Client,
  provider: Provider,
  table: string,
  columns: Columns,
  rows: Value[][],
  onRows?: (written: number) => void,
): Promise<void> {
  const names = Object.keys(columns);
  const withId: Columns = { id: 'int', ...columns };
  const set = P.raw(names.map((n) => `"${n}" = v."${n}"`).join(', '));
  const tableName = P.raw(`"${table}"`);
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const json = toJson(provider, rows.slice(start, start + ROWS_PER_STATEMENT));
    const source =
      provider === 'sqlite'
        ? P.sql`(SELECT ${P.raw(unpacked(provider, withId, true))} FROM json_each(${json}))`
        : P.sql`(SELECT ${P.raw(unpacked(provider, withId, true))} FROM json_array_elements(${json}::json) AS e)`;
    await tx.$executeRaw`UPDATE ${tableName} SET ${set} FROM ${source} AS v WHERE ${tableName}."id" = v."id"`;
    onRows?.(Math.min(rows.length, start + ROWS_PER_STATEMENT));
  }
}

/** The select list that turns one JSON array element back into typed columns. */
function unpacked(provider: Provider, columns: Columns, named = false): string {
  return Object.entries(columns)
    .map(([name, type], i) => {
      const alias = named ? ` AS "${name}"` : '';
      if (provider === 'sqlite') return `json_extract(value, '$[${i}]')${alias}`;
      const cast = type === 'int' ? '::int' : type === 'timestamp' ? '::timestamp(3)' : '';
      return `(e->>${i})${cast}${alias}`;
    })
    .join(', ');
}

/** Dates as each database's Prisma client writes them: SQLite keeps text ending `+00:00`, PostgreSQL a UTC timestamp. */
function toJson(provider: Provider, rows: Value[][]): string {
  return JSON.stringify(
    rows.map((row) =>
      row.map((v) => (v instanceof Date ? (provider === 'sqlite' ? v.toISOString().replace(/Z$/, '+00:00') : v.toISOString()) : v)),
    ),
  );
}
