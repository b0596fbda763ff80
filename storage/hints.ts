import { client, type Queryable } from './client.ts';

/**
 * Claims the right to give the hint named `key` now: true when it was never given, or was given
 * more than `everyMs` ago (never again when `everyMs` is null). Kept in the database, so a restart
 * does not make the bot repeat itself. Two claims at once: one creates the row, the other hits the
 * unique key and its transaction is run again by the router, which then finds the row.
 */
export async function claimHint(tx: Queryable, key: string, now: Date, everyMs: number | null): Promise<boolean> {
  const row = await client(tx).hintGiven.findUnique({ where: { key } });
  if (!row) {
    await client(tx).hintGiven.create({ data: { key, givenAt: now } });
    return true;
  }
  if (everyMs === null || now.getTime() - row.givenAt.getTime() < everyMs) return false;
  // Compare-and-set on the time read: of two claims past the hour, one wins.
  const updated = await client(tx).hintGiven.updateMany({ where: { key, givenAt: row.givenAt }, data: { givenAt: now } });
  return updated.count === 1;
}
