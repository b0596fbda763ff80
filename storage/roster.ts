import type { Role } from '../core/role.ts';
import { insertRows, updateRows, type Value } from './bulk-rows.ts';
import type { Client, Db } from './client.ts';
import type { Provider } from './driver-adapter.ts';

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
  /** The 帮扶责任人's own platform accounts, when the roster lists them (optional columns). */
  cadreWechatId?: string | null;
  cadreLarkId?: string | null;
  cadreWecomId?: string | null;
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

/** Titles of the township's own leaders: never a village's team leader, whichever household row names them. */
const TOWNSHIP_TITLE = /镇长|乡长|党委书记|党委副书记|镇党委|乡党委|人大主席|乡镇领导|镇领导|乡领导|联村领导|包村领导/;
/** Of those, the ones who answer for the villages they are linked to (联系村), not the whole township. */
const LINKED_TITLE = /联村领导|包村领导/;

export function isTownshipTitle(title: string | null): boolean {
  return !!title && TOWNSHIP_TITLE.test(title);
}

export function isLinkedLeaderTitle(title: string | null): boolean {
  return !!title && LINKED_TITLE.test(title);
}

/**
 * The key of the person a row's 帮扶责任人 is: a village's cadre by (village, name); a township
 * leader by (township, name), as one person whatever village their households are in.
 */
function cadreKey(r: RosterRecord, village: VillageRef): string {
  return isTownshipTitle(r.cadreTitle) ? `L|${village.townshipId ?? '-'}|${r.cadre}` : `${village.id}|${r.cadre}`;
}

const RANK: Record<string, number> = { villager: 0, cadre: 1, leader: 2, admin: 3 };

/**
 * Loads checked roster rows in one transaction: all of it lands, or (the database failing
 * halfway) none of it, and the caller says so. Nothing is written row by row: existing
 * villages, cadres and households are read once, new and changed ones written two
 * thousand to a statement (storage/bulk-rows.ts). 50,000 rows take seconds, not minutes
 * (bench/roster-import.ts).
 *
 * Idempotent: a household is keyed by (village, 户主, 组), a cadre by (name, village), so a
 * re-import updates in place. A field the file does not give keeps its stored value, so a
 * file without the 帮扶责任人 column leaves every household's cadre where it was. A cadre's
 * role only ever goes up (an admin stays an admin). The caller has already dropped rows
 * that name one household twice (sheets/duplicate-households.ts).
 */
export async function importRoster(
  db: Pick<Db, 'prisma' | 'provider'>,
  rows: RosterRecord[],
  /** Households written of all rows, as the import goes (a county roster takes a minute). */
  onProgress?: (done: number, total: number) => void,
): Promise<RosterImport> {
  return db.prisma.$transaction((tx) => importInTx(tx, db.provider, rows, onProgress), { timeout: 10 * 60_000, maxWait: 30_000 });
}

async function importInTx(
  tx: Client,
  provider: Provider,
  rows: RosterRecord[],
  onProgress?: (done: number, total: number) => void,
): Promise<RosterImport> {
  onProgress?.(0, rows.length);
  // One timestamp for the import, written the way Prisma writes its own.
  const now = new Date();
  const townships = await townshipIds(tx, unique(rows.map((r) => r.township)));
  const villages = await villageIds(tx, rows, townships);
  const cadres = await cadreIds(tx, provider, rows, villages, now);
  const households = await saveHouseholds(tx, provider, rows, villages, cadres.ids, now, onProgress);
  return { households, cadres: cadres.counts, villages: [...villages.keys()], townships: [...townships.keys()] };
}

function unique(values: Array<string | null>): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

async function townshipIds(tx: Client, names: string[]): Promise<Map<string, number>> {
  const found = () => tx.township.findMany({ where: { name: { in: names } }, select: { id: true, name: true } });
  const known = new Set((await found()).map((t) => t.name));
  const missing = names.filter((n) => !known.has(n));
  if (missing.length) await tx.township.createMany({ data: missing.map((name) => ({ name })) });
  return new Map((await found()).map((t) => [t.name, t.id]));
}

type VillageRef = { id: number; townshipId: number | null };

async function villageIds(tx: Client, rows: RosterRecord[], townships: Map<string, number>): Promise<Map<string, VillageRef>> {
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

interface CadreWanted {
  /** Null for a township leader. */
  villageId: number | null;
  townshipId: number | null;
  name: string;
  role: Role;
  title: string | null;
  phone: string | null;
  wechatId: string | null;
  larkId: string | null;
  wecomId: string | null;
  /** A township leader's 联系村: the villages of their rows, kept for a 联村领导 (or when no township is known). */
  leads: Set<number>;
}

async function cadreIds(tx: Client, provider: Provider, rows: RosterRecord[], villages: Map<string, VillageRef>, now: Date) {
  const counts = { created: 0, updated: 0 };
  // One cadre per (village, name): the highest role any row gives them, the first title and phone.
  const wanted = new Map<string, CadreWanted>();
  for (const r of rows) {
    if (!r.cadre) continue;
    const village = villages.get(r.village)!;
    const key = cadreKey(r, village);
    const township = isTownshipTitle(r.cadreTitle);
    const role = roleOfTitle(r.cadreTitle);
    const w = wanted.get(key);
    // A 联村领导 answers for the villages their rows are in; so does a 镇长 whose township the file does not give.
    const leads = township && (isLinkedLeaderTitle(r.cadreTitle) || village.townshipId === null) ? [village.id] : [];
    if (!w) {
      wanted.set(key, {
        leads: new Set(leads),
        villageId: township ? null : village.id,
        townshipId: village.townshipId,
        name: r.cadre,
        role,
        title: r.cadreTitle,
        phone: r.cadrePhone,
        wechatId: r.cadreWechatId ?? null,
        larkId: r.cadreLarkId ?? null,
        wecomId: r.cadreWecomId ?? null,
      });
    } else {
      for (const id of leads) w.leads.add(id);
      if (RANK[role] > RANK[w.role]) w.role = role;
      w.title ??= r.cadreTitle;
      w.phone ??= r.cadrePhone;
      w.wechatId ??= r.cadreWechatId ?? null;
      w.larkId ??= r.cadreLarkId ?? null;
      w.wecomId ??= r.cadreWecomId ?? null;
    }
  }
  if (!wanted.size) return { ids: new Map<string, number>(), counts };

  const villageIdList = [...new Set([...wanted.values()].flatMap((w) => (w.villageId === null ? [] : [w.villageId])))];
  const leaderNames = [...new Set([...wanted.values()].filter((w) => w.villageId === null).map((w) => w.name))];
  // The roster's own earlier row for each person. An account that spoke in the group under the
  // same name is not them (a name is no identity), so villager rows are never taken over.
  const members = () =>
    tx.member.findMany({
      where: {
        OR: [{ villageId: { in: villageIdList } }, { villageId: null, name: { in: leaderNames } }],
        role: { not: 'villager' },
      },
      select: {
        id: true,
        name: true,
        villageId: true,
        role: true,
        title: true,
        phone: true,
        townshipId: true,
        rosterWechatId: true,
        rosterLarkId: true,
        rosterWecomId: true,
      },
      orderBy: { id: 'asc' },
    });
  const firstByKey = (list: Awaited<ReturnType<typeof members>>) => {
    const map = new Map<string, (typeof list)[number]>();
    for (const m of list) {
      const key = m.villageId === null ? `L|${m.townshipId ?? '-'}|${m.name}` : `${m.villageId}|${m.name}`;
      if (!map.has(key)) map.set(key, m);
    }
    return map;
  };
  const existing = firstByKey(await members());
  const create: CadreWanted[] = [];
  const update: Value[][] = [];
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
      rosterWechatId: w.wechatId ?? m.rosterWechatId,
      rosterLarkId: w.larkId ?? m.rosterLarkId,
      rosterWecomId: w.wecomId ?? m.rosterWecomId,
    };
    const changed = (Object.keys(next) as Array<keyof typeof next>).some((k) => next[k] !== m[k]);
    if (changed) {
      update.push([m.id, next.role, next.title, next.phone, next.townshipId, next.rosterWechatId, next.rosterLarkId, next.rosterWecomId]);
    }
  }
  await insertRows(
    tx,
    provider,
    'Member',
    {
      name: 'text',
      role: 'text',
      villageId: 'int',
      townshipId: 'int',
      title: 'text',
      phone: 'text',
      rosterWechatId: 'text',
      rosterLarkId: 'text',
      rosterWecomId: 'text',
      createdAt: 'timestamp',
    },
    create.map((w) => [w.name, w.role, w.villageId, w.townshipId, w.title, w.phone, w.wechatId, w.larkId, w.wecomId, now]),
  );
  counts.created = create.length;
  await updateRows(
    tx,
    provider,
    'Member',
    { role: 'text', title: 'text', phone: 'text', townshipId: 'int', rosterWechatId: 'text', rosterLarkId: 'text', rosterWecomId: 'text' },
    update,
  );
  const all = create.length ? firstByKey(await members()) : existing;
  const ids = new Map<string, number>();
  for (const key of wanted.keys()) ids.set(key, all.get(key)!.id);
  await addLeadVillages(
    tx,
    [...wanted].flatMap(([key, w]) => [...w.leads].map((villageId) => ({ memberId: ids.get(key)!, villageId }))),
  );
  return { ids, counts };
}

async function saveHouseholds(
  tx: Client,
  provider: Provider,
  rows: RosterRecord[],
  villages: Map<string, VillageRef>,
  cadres: Map<string, number>,
  now: Date,
  onProgress?: (done: number, total: number) => void,
) {
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
  const create: Value[][] = [];
  const update: Value[][] = [];
  for (const r of rows) {
    const villageId = villages.get(r.village)!.id;
    const cadreId = r.cadre ? cadres.get(cadreKey(r, villages.get(r.village)!))! : null;
    const h = byKey.get(`${villageId}|${r.group ?? ''}|${r.headName}`);
    if (!h) {
      create.push([villageId, r.group, r.headName, r.category, r.idCard, r.phone, cadreId, now]);
      continue;
    }
    counts.updated++;
    // Only what the file gives: an empty cell or a missing column keeps the stored value.
    const next = {
      category: r.category ?? h.category,
      idCard: r.idCard ?? h.idCard,
      phone: r.phone ?? h.phone,
      cadreId: cadreId ?? h.cadreId,
    };
    if (next.category !== h.category || next.idCard !== h.idCard || next.phone !== h.phone || next.cadreId !== h.cadreId)
      update.push([h.id, next.category, next.idCard, next.phone, next.cadreId]);
  }
  // Rows that change nothing are done already; the rest count as their statements finish.
  const unchanged = rows.length - create.length - update.length;
  onProgress?.(unchanged, rows.length);
  await insertRows(
    tx,
    provider,
    'Household',
    {
      villageId: 'int',
      group: 'text',
      headName: 'text',
      category: 'text',
      idCard: 'text',
      phone: 'text',
      cadreId: 'int',
      createdAt: 'timestamp',
    },
    create,
    (written) => onProgress?.(unchanged + written, rows.length),
  );
  counts.created = create.length;
  await updateRows(tx, provider, 'Household', { category: 'text', idCard: 'text', phone: 'text', cadreId: 'int' }, update, (written) =>
    onProgress?.(unchanged + create.length + written, rows.length),
  );
  onProgress?.(rows.length, rows.length);
  return counts;
}

/** Adds 联系村 links not stored yet; a roster never removes one (nothing is erased by omission). */
async function addLeadVillages(tx: Client, links: Array<{ memberId: number; villageId: number }>) {
  if (!links.length) return;
  const stored = await tx.leaderVillage.findMany({
    where: { memberId: { in: [...new Set(links.map((l) => l.memberId))] } },
    select: { memberId: true, villageId: true },
  });
  const have = new Set(stored.map((l) => `${l.memberId}|${l.villageId}`));
  const add = links.filter((l) => !have.has(`${l.memberId}|${l.villageId}`));
  if (add.length) await tx.leaderVillage.createMany({ data: add });
}
