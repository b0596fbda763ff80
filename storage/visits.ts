import { client, type Queryable, type Tx } from './client.ts';

export type VisitFlag = 'near-miss' | 'not-in-roster';

export interface NewVisit {
  villageId: number;
  householdId: number | null;
  householdName: string;
  group: string | null;
  category: string | null;
  method: string;
  visitedOn: string;
  checks: Partial<Record<'income' | 'food' | 'education' | 'medical' | 'housing' | 'water', boolean>>;
  notes: string | null;
  /** The household's verdict (满意 | 基本满意 | 不满意) and why; null when not asked. */
  satisfaction?: string | null;
  satisfactionReason?: string | null;
  flag: VisitFlag | null;
  cadreId: number;
  inboxId: number;
  createdAt: Date;
}

/** Stores one 民情日记 entry; an unchecked item stays null, not false. */
export async function addVisit(tx: Tx, visit: NewVisit): Promise<number> {
  const { checks, ...rest } = visit;
  const row = await client(tx).visit.create({
    data: {
      ...rest,
      income: checks.income ?? null,
      food: checks.food ?? null,
      education: checks.education ?? null,
      medical: checks.medical ?? null,
      housing: checks.housing ?? null,
      water: checks.water ?? null,
    },
    select: { id: true },
  });
  return row.id;
}

/** Every visit with its village, cadre and the items it raised, for the spreadsheet. */
/** The village of a cadre's latest check-in: where someone tied to no village last worked. */
export async function lastVisitedVillage(db: Queryable, cadreId: number) {
  const last = await client(db).visit.findFirst({
    where: { cadreId, withdrawnAt: null },
    orderBy: { id: 'desc' },
    select: { village: true },
  });
  return last?.village ?? null;
}

export async function visitsForExport(db: Queryable, filter: { villageId?: number } = {}) {
  return client(db).visit.findMany({
    where: { ...(filter.villageId ? { villageId: filter.villageId } : {}), withdrawnAt: null },
    include: {
      village: { select: { name: true } },
      cadre: { select: { name: true } },
      issues: { where: { status: { not: 'withdrawn' } }, select: { no: true }, orderBy: { no: 'asc' } },
    },
    orderBy: [{ visitedOn: 'asc' }, { id: 'asc' }],
  });
}
