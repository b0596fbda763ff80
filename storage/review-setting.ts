// 验收 per township: whether a 销号 waits for a leader's confirmation. On by default (the
// township row's column defaults to true); a village tied to no township follows the default.
import { client, type Queryable, type Tx } from './client.ts';

export async function reviewRequired(db: Queryable, townshipId: number | null): Promise<boolean> {
  if (townshipId === null) return true;
  const row = await client(db).township.findUnique({ where: { id: townshipId }, select: { reviewRequired: true } });
  return row?.reviewRequired ?? true;
}

/** Turns review on or off for a township by name; false when no township has that name. */
export async function setReviewRequired(tx: Tx, townshipName: string, on: boolean): Promise<boolean> {
  const res = await client(tx).township.updateMany({ where: { name: townshipName }, data: { reviewRequired: on } });
  return res.count === 1;
}
