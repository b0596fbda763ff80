// Read-only people queries for the cadence: who is nudged, who is @-mentioned.
import type { Prisma, Tx } from './db.ts';

export interface Person {
  id: number;
  name: string;
  role: string;
  platform: string | null;
  platformUserId: string | null;
  villageId: number | null;
  townshipId: number | null;
}

const select = { id: true, name: true, role: true, platform: true, platformUserId: true, villageId: true, townshipId: true } as const;

/** The village's team leaders (第一书记, 队长): role 'leader' bound to the village. */
export async function villageLeaders(db: Prisma | Tx, villageId: number): Promise<Person[]> {
  return db.member.findMany({ where: { role: 'leader', villageId }, select, orderBy: { id: 'asc' } });
}

/** Township leaders: role 'leader' bound to the township and to no single village. */
export async function townshipLeaders(db: Prisma | Tx, townshipId: number): Promise<Person[]> {
  return db.member.findMany({ where: { role: 'leader', townshipId, villageId: null }, select, orderBy: { id: 'asc' } });
}

/** The village's cadres, who visit households and are listed in the weekly inspection. */
export async function villageCadres(db: Prisma | Tx, villageId: number): Promise<Person[]> {
  return db.member.findMany({ where: { role: 'cadre', villageId }, select, orderBy: { id: 'asc' } });
}

export async function peopleByIds(db: Prisma | Tx, ids: number[]): Promise<Person[]> {
  if (!ids.length) return [];
  return db.member.findMany({ where: { id: { in: ids } }, select });
}

/** Members with these names (ledger assignees are names), for @-mentions. */
export async function peopleNamed(db: Prisma | Tx, names: string[]): Promise<Person[]> {
  if (!names.length) return [];
  return db.member.findMany({ where: { name: { in: names } }, select, orderBy: { id: 'asc' } });
}
