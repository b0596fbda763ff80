import type { Role } from './members.ts';
import type { Prisma, Tx } from './db.ts';
import { saveHousehold } from './households.ts';

/** One household row of a roster, already cleaned (sheets/roster-row.ts). */
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

const RANK: Record<string, number> = { villager: 0, cadre: 1, leader: 2, admin: 3 };
const CHUNK = 200;

/**
 * Loads roster rows: townships, villages, households and their 帮扶责任人 as members.
 * Idempotent: a household is keyed by (village, 户主, 组), a cadre by (name, village), so a
 * re-import updates in place. A cadre's role only ever goes up (an admin stays an admin).
 * Rows are written in chunks, each its own transaction, so one huge file does not hold a
 * lock for minutes; a failed run can simply be re-run.
 */
export async function importRoster(prisma: Prisma, rows: RosterRecord[]): Promise<RosterImport> {
  const result: RosterImport = { households: { created: 0, updated: 0 }, cadres: { created: 0, updated: 0 }, villages: [], townships: [] };
  const townships = new Map<string, number>();
  const villages = new Map<string, { id: number; townshipId: number | null }>();
  const cadres = new Map<string, number>();
  const cadresSeen = new Set<number>();

  for (let start = 0; start < rows.length; start += CHUNK) {
    await prisma.$transaction(
      async (tx) => {
        for (const row of rows.slice(start, start + CHUNK)) {
          const townshipId = row.township ? await township(tx, row.township) : null;
          const village = await villageOf(tx, row.village, townshipId);
          const cadreId = row.cadre ? await cadre(tx, row, village) : null;
          const outcome = await saveHousehold(tx, {
            villageId: village.id,
            group: row.group,
            headName: row.headName,
            category: row.category,
            idCard: row.idCard,
            phone: row.phone,
            cadreId,
          });
          result.households[outcome]++;
        }
      },
      { timeout: 120_000, maxWait: 20_000 },
    );
  }
  result.villages = [...villages.keys()];
  result.townships = [...townships.keys()];
  return result;

  async function township(tx: Tx, name: string): Promise<number> {
    let id = townships.get(name);
    if (id === undefined) {
      id = (await tx.township.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } })).id;
      townships.set(name, id);
    }
    return id;
  }

  async function villageOf(tx: Tx, name: string, townshipId: number | null) {
    let v = villages.get(name);
    if (!v) {
      v = await tx.village.upsert({
        where: { name },
        create: { name, townshipId },
        update: townshipId ? { townshipId } : {},
        select: { id: true, townshipId: true },
      });
      villages.set(name, v);
    }
    return v;
  }

  async function cadre(tx: Tx, row: RosterRecord, village: { id: number; townshipId: number | null }): Promise<number> {
    const name = row.cadre!;
    const key = `${village.id}|${name}`;
    const known = cadres.get(key);
    if (known !== undefined) return known;
    const role = roleOfTitle(row.cadreTitle);
    // The roster's own earlier row for this person. An account that spoke in the group under
    // the same name is not them (a name is no identity), so villager rows are never taken over.
    const existing = await tx.member.findFirst({ where: { name, villageId: village.id, role: { not: 'villager' } }, orderBy: { id: 'asc' } });
    const fields = {
      ...(row.cadreTitle ? { title: row.cadreTitle } : {}),
      ...(row.cadrePhone ? { phone: row.cadrePhone } : {}),
      ...(row.cadreWechatId ? { rosterWechatId: row.cadreWechatId } : {}),
      ...(row.cadreLarkId ? { rosterLarkId: row.cadreLarkId } : {}),
      ...(row.cadreWecomId ? { rosterWecomId: row.cadreWecomId } : {}),
      ...(village.townshipId ? { townshipId: village.townshipId } : {}),
    };
    let id: number;
    if (existing) {
      const upgraded = (RANK[existing.role] ?? 0) >= RANK[role] ? existing.role : role;
      await tx.member.update({ where: { id: existing.id }, data: { role: upgraded, ...fields } });
      id = existing.id;
      if (!cadresSeen.has(id)) result.cadres.updated++;
    } else {
      id = (await tx.member.create({ data: { name, role, villageId: village.id, ...fields }, select: { id: true } })).id;
      result.cadres.created++;
    }
    cadresSeen.add(id);
    cadres.set(key, id);
    return id;
  }
}
