import type { Role } from './members.ts';
import type { Prisma, Tx } from './db.ts';
import { updateById } from './update-by-id.ts';

/**
 * One household row of a roster, already checked (sheets/roster-row.ts). A null field is
 * one the file did not give (no such column, or an empty cell): the stored value stays.
 */
export interface RosterRecord {
  township: string | null;
  village: string;
  group: string | null;
  headName: string;
  category: string | null;
  idCard: string | null;
  phone: string | null;
  cadre: string | null;
  cadrePhone: string | null;
  cadreTitle: string | null;
}

export interface RosterImport {
  households: { created: number; updated: number };
  cadres: { created: number; updated: number };
  villages: string[];
  townships: string[];
}

/** Titles of people who lead a team or a township's villages; the other 帮扶责任人 are cadres. */
const LEADER_TITLE = /第一书记|队长|联村领导|包村领导|镇长|乡长|党委书记|党委副书记|镇党委|乡党委/;

export function roleOfTitle(title: string | null): Role {
  return title && LEADER_TITLE.test(title) ? 'leader' : 'cadre';
}

const RANK: Record<string, number> = { villager: 0, cadre: 1, leader: 2, admin: 3 };
/** Rows per INSERT: 8 values a household, well under both databases' limits on bound values. */
const INSERT_ROWS = 1000;

/**
 * Loads checked roster rows in one transaction: all of it lands, or (the database failing
 * halfway) none of it, and the caller says so. Nothing is written row by row: existing
 * villages, cadres and households are read once, new ones inserted a thousand to a
 * statement, changed ones updated a thousand to a statement (storage/update-by-id.ts).
 *
 * Idempotent: a household is keyed by (village, 户主, 组), a cadre by (name, village), so a
 * re-import updates in place. A field the file does not give keeps its stored value, so a
 * file without the 帮扶责任人 column leaves every household's cadre where it was. A cadre's
 * role only ever goes up (an admin stays an admin). The caller has already dropped rows
 * that name one household twice (sheets/duplicate-households.ts).
 */
export async function importRoster(prisma: Prisma, rows: RosterRecord[]): Promise<RosterImport> {
  return prisma.$transaction((tx) => importInTx(tx, rows), { timeout: 10 * 60_000, maxWait: 30_000 });
}

async function importInTx(tx: Tx, rows: RosterRecord[]): Promise<RosterImport> {
  const townships = await townshipIds(tx, unique(rows.map((r) => r.township)));
  const villages = await villageIds(tx, rows, townships);
  const cadres = await cadreIds(tx, rows, villages);
  const households = await saveHouseholds(tx, rows, villages, cadres.ids);
  return { households, cadres: cadres.counts, villages: [...villages.keys()], townships: [...townships.keys()] };
}

function unique(values: Array<string | null>): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

async function townshipIds(tx: Tx, names: string[]): Promise<Map<string, number>> {
  const found = () => tx.township.findMany({ where: { name: { in: names } }, select: { id: true, name: true } });
  const known = new Set((await found()).map((t) => t.name));
  const missing = names.filter((n) => !known.has(n));
  if (missing.length) await tx.township.createMany({ data: missing.map((name) => ({ name })) });
  return new Map((await found()).map((t) => [t.name, t.id]));
}

type VillageRef = { id: number; townshipId: number | null };

async function villageIds(tx: Tx, rows: RosterRecord[], townships: Map<string, number>): Promise<Map<string, VillageRef>> {
  // A village's township is the first one the file gives it.
  const wanted = new Map<string, number | null>();
  for (const r of rows) {
    const townshipId = r.township ? townships.get(r.township)! : null;
    if (!wanted.has(r.village) || (wanted.get(r.village) === null && townshipId !== null)) wanted.set(r.village, townshipId);
  }
  const names = [...wanted.keys()];
  const found = () => tx.village.findMany({ where: { name: { in: names } }, select: { id: true, name: true, townshipId: true } });
  const existing = await found();
  const known = new Set(existing.map((v) => v.name));
  const missing = names.filter((n) => !known.has(n));
  if (missing.length) await tx.village.createMany({ data: missing.map((name) => ({ name, townshipId: wanted.get(name) ?? null })) });
  for (const v of existing) {
    const townshipId = wanted.get(v.name);
    if (townshipId && townshipId !== v.townshipId) await tx.village.update({ where: { id: v.id }, data: { townshipId } });
  }
  return new Map((await found()).map((v) => [v.name, { id: v.id, townshipId: wanted.get(v.name) || v.townshipId }]));
}

interface CadreWanted { villageId: number; townshipId: number | null; name: string; role: Role; title: string | null; phone: string | null }

async function cadreIds(tx: Tx, rows: RosterRecord[], villages: Map<string, VillageRef>) {
  const counts = { created: 0, updated: 0 };
  // One cadre per (village, name): the highest role any row gives them, the first title and phone.
  const wanted = new Map<string, CadreWanted>();
  for (const r of rows) {
    if (!r.cadre) continue;
    const village = villages.get(r.village)!;
    const key = `${village.id}|${r.cadre}`;
    const role = roleOfTitle(r.cadreTitle);
    const w = wanted.get(key);
    if (!w) wanted.set(key, { villageId: village.id, townshipId: village.townshipId, name: r.cadre, role, title: r.cadreTitle, phone: r.cadrePhone });
    else {
      if (RANK[role] > RANK[w.role]) w.role = role;
      w.title ??= r.cadreTitle;
      w.phone ??= r.cadrePhone;
    }
  }
  if (!wanted.size) return { ids: new Map<string, number>(), counts };

  const villageIdList = [...new Set([...wanted.values()].map((w) => w.villageId))];
  // Someone who already spoke in the village group exists as a member of that village:
  // the roster names them, so the same member gets the role (their platform id stays linked).
  const members = () => tx.member.findMany({
    where: { villageId: { in: villageIdList } },
    select: { id: true, name: true, villageId: true, role: true, title: true, phone: true, townshipId: true },
    orderBy: { id: 'asc' },
  });
  const firstByKey = (list: Awaited<ReturnType<typeof members>>) => {
    const map = new Map<string, (typeof list)[number]>();
    for (const m of list) if (!map.has(`${m.villageId}|${m.name}`)) map.set(`${m.villageId}|${m.name}`, m);
    return map;
  };
  const existing = firstByKey(await members());
  const create: CadreWanted[] = [];
  const update: Array<{ id: number; values: Record<string, string | number | null> }> = [];
  for (const [key, w] of wanted) {
    const m = existing.get(key);
    if (!m) {
      create.push(w);
      continue;
    }
    counts.updated++;
    const next = {
      role: (RANK[m.role] ?? 0) >= RANK[w.role] ? m.role : w.role,
      title: w.title ?? m.title,
      phone: w.phone ?? m.phone,
      townshipId: w.townshipId ?? m.townshipId,
    };
    if (next.role !== m.role || next.title !== m.title || next.phone !== m.phone || next.townshipId !== m.townshipId) update.push({ id: m.id, values: next });
  }
  for (let i = 0; i < create.length; i += INSERT_ROWS) {
    await tx.member.createMany({
      data: create.slice(i, i + INSERT_ROWS).map((w) => ({ name: w.name, role: w.role, villageId: w.villageId, townshipId: w.townshipId, title: w.title, phone: w.phone })),
    });
  }
  counts.created = create.length;
  await updateById(tx, 'Member', { role: 'text', title: 'text', phone: 'text', townshipId: 'int' }, update);
  const all = create.length ? firstByKey(await members()) : existing;
  const ids = new Map<string, number>();
  for (const key of wanted.keys()) ids.set(key, all.get(key)!.id);
  return { ids, counts };
}

async function saveHouseholds(tx: Tx, rows: RosterRecord[], villages: Map<string, VillageRef>, cadres: Map<string, number>) {
  const counts = { created: 0, updated: 0 };
  const villageIdList = [...new Set([...villages.values()].map((v) => v.id))];
  const stored = await tx.household.findMany({
    where: { villageId: { in: villageIdList } },
    select: { id: true, villageId: true, group: true, headName: true, category: true, idCard: true, phone: true, cadreId: true },
    orderBy: { id: 'asc' },
  });
  // Looked up by (village, name, group) here rather than upserted: PostgreSQL's unique index
  // treats NULL groups as distinct, so an upsert would duplicate a household without a group.
  const byKey = new Map<string, (typeof stored)[number]>();
  for (const h of stored) {
    const key = `${h.villageId}|${h.group ?? ''}|${h.headName}`;
    if (!byKey.has(key)) byKey.set(key, h);
  }
  const create: Array<{ villageId: number; group: string | null; headName: string; category: string | null; idCard: string | null; phone: string | null; cadreId: number | null }> = [];
  const update: Array<{ id: number; values: Record<string, string | number | null> }> = [];
  for (const r of rows) {
    const villageId = villages.get(r.village)!.id;
    const cadreId = r.cadre ? cadres.get(`${villageId}|${r.cadre}`)! : null;
    const h = byKey.get(`${villageId}|${r.group ?? ''}|${r.headName}`);
    if (!h) {
      create.push({ villageId, group: r.group, headName: r.headName, category: r.category, idCard: r.idCard, phone: r.phone, cadreId });
      continue;
    }
    counts.updated++;
    // Only what the file gives: an empty cell or a missing column keeps the stored value.
    const next = { category: r.category ?? h.category, idCard: r.idCard ?? h.idCard, phone: r.phone ?? h.phone, cadreId: cadreId ?? h.cadreId };
    if (next.category !== h.category || next.idCard !== h.idCard || next.phone !== h.phone || next.cadreId !== h.cadreId) update.push({ id: h.id, values: next });
  }
  for (let i = 0; i < create.length; i += INSERT_ROWS) await tx.household.createMany({ data: create.slice(i, i + INSERT_ROWS) });
  counts.created = create.length;
  await updateById(tx, 'Household', { category: 'text', idCard: 'text', phone: 'text', cadreId: 'int' }, update);
  return counts;
}
