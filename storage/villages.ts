import type { Prisma, Tx } from './db.ts';

export async function findVillage(db: Prisma | Tx, name: string) {
  return db.village.findUnique({ where: { name } });
}

/** A village named in a check-in or a roster; townships are created the same way. */
export async function ensureVillage(tx: Tx, name: string, townshipName?: string | null) {
  const township = townshipName ? await ensureTownship(tx, townshipName) : null;
  return tx.village.upsert({
    where: { name },
    create: { name, townshipId: township?.id ?? null },
    update: township ? { townshipId: township.id } : {},
  });
}

export async function ensureTownship(tx: Tx, name: string) {
  return tx.township.upsert({ where: { name }, create: { name }, update: {} });
}

export async function villagesOfTownship(db: Prisma | Tx, townshipId: number) {
  return db.village.findMany({ where: { townshipId }, orderBy: { name: 'asc' } });
}
