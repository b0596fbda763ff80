import { client, type Queryable, type Tx } from './client.ts';

export async function findVillage(db: Queryable, name: string) {
  return client(db).village.findUnique({ where: { name } });
}

/** A village named in a check-in or a roster; townships are created the same way. */
export async function ensureVillage(tx: Tx, name: string, townshipName?: string | null) {
  const township = townshipName ? await ensureTownship(tx, townshipName) : null;
  return client(tx).village.upsert({
    where: { name },
    create: { name, townshipId: township?.id ?? null },
    update: township ? { townshipId: township.id } : {},
  });
}

export async function ensureTownship(tx: Tx, name: string) {
  return client(tx).township.upsert({ where: { name }, create: { name }, update: {} });
}

export async function villageById(db: Queryable, id: number) {
  return client(db).village.findUnique({ where: { id } });
}

/** Every village's name, for a near miss of a mistyped one. */
export async function villageNames(db: Queryable): Promise<string[]> {
  return (await client(db).village.findMany({ select: { name: true } })).map((v) => v.name);
}

export async function townshipName(db: Queryable, id: number): Promise<string | null> {
  return (await client(db).township.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
}

export async function villagesOfTownship(db: Queryable, townshipId: number) {
  return client(db).village.findMany({ where: { townshipId }, orderBy: { name: 'asc' } });
}

export async function villagesByIds(db: Queryable, ids: readonly number[]) {
  return client(db).village.findMany({ where: { id: { in: [...ids] } }, orderBy: { name: 'asc' } });
}

export async function findTownship(db: Queryable, name: string) {
  return client(db).township.findUnique({ where: { name } });
}

export async function townshipNames(db: Queryable): Promise<string[]> {
  return (await client(db).township.findMany({ select: { name: true }, orderBy: { name: 'asc' } })).map((t) => t.name);
}

/** The villages of these names, with their township. */
export async function villagesNamed(db: Queryable, names: readonly string[]) {
  return client(db).village.findMany({ where: { name: { in: [...names] } }, include: { township: true }, orderBy: { name: 'asc' } });
}

/** Villages with no township (bound or checked in before any roster said where they belong). */
export async function unassignedVillageNames(db: Queryable): Promise<string[]> {
  const rows = await client(db).village.findMany({ where: { townshipId: null }, select: { name: true }, orderBy: { name: 'asc' } });
  return rows.map((v) => v.name);
}

export async function householdCount(db: Queryable, villageId: number): Promise<number> {
  return client(db).household.count({ where: { villageId } });
}

export async function allVillages(db: Queryable) {
  return client(db).village.findMany({ orderBy: { name: 'asc' } });
}
