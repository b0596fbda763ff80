// Township leaders (镇长, 乡镇领导) and 联村领导. Both are members with role 'leader', tied to
// a township and to no single village. A 联村领导 has rows in LeaderVillage (their 联系村)
// and answers for those villages only; a township leader with none answers for the township.
import { accountsOfMembers } from './accounts.ts';
import type { Person } from './cadence-people.ts';
import { client, type Db, type Queryable, type Tx } from './client.ts';
import { ROSTER_ROLES } from './roster-roles.ts';

/** The villages a 联村领导 is linked to; empty for everyone else. */
export async function leadVillageIds(db: Queryable, memberId: number): Promise<number[]> {
  const rows = await client(db).leaderVillage.findMany({ where: { memberId }, select: { villageId: true }, orderBy: { villageId: 'asc' } });
  return rows.map((r) => r.villageId);
}

export interface Appointment {
  name: string;
  title: string;
  townshipId: number;
  /** The 联系村 of a 联村领导; empty for a township-wide leader. */
  villageIds: number[];
  phone?: string | null;
  wechatId?: string | null;
  larkId?: string | null;
}

/**
 * Makes a person a township leader or 联村领导: the roster member of that name in the
 * township (a leader tied to no village) is updated, else one is created. Their 联系村 are
 * replaced by the ones given. A member's role only goes up: an admin stays an admin.
 * Returns the member and whether their accounts already reach them.
 */
export async function appointLeader(tx: Tx, a: Appointment): Promise<{ id: number; created: boolean; linked: boolean }> {
  const db = client(tx);
  const found = await db.member.findFirst({
    where: { name: a.name, villageId: null, townshipId: a.townshipId, role: { in: ROSTER_ROLES } },
    orderBy: { id: 'asc' },
  });
  const contact = {
    ...(a.phone ? { phone: a.phone } : {}),
    ...(a.wechatId ? { rosterWechatId: a.wechatId } : {}),
    ...(a.larkId ? { rosterLarkId: a.larkId } : {}),
  };
  const member = found
    ? await db.member.update({
        where: { id: found.id },
        data: { title: a.title, role: found.role === 'admin' ? 'admin' : 'leader', ...contact },
      })
    : await db.member.create({ data: { name: a.name, role: 'leader', title: a.title, townshipId: a.townshipId, ...contact } });
  await db.leaderVillage.deleteMany({ where: { memberId: member.id, villageId: { notIn: a.villageIds } } });
  const have = new Set(await leadVillageIds(tx, member.id));
  const add = a.villageIds.filter((v) => !have.has(v));
  if (add.length) await db.leaderVillage.createMany({ data: add.map((villageId) => ({ memberId: member.id, villageId })) });
  const accounts = await accountsOfMembers(tx, [member.id]);
  return { id: member.id, created: !found, linked: (accounts.get(member.id) ?? []).length > 0 };
}

export interface TownshipLeader extends Person {
  /** Their 联系村; empty for a leader of the whole township. */
  villageIds: number[];
}

/** The township's leaders (tied to no village), each with their 联系村 when they have some. */
export async function leadersOfTownship(db: Queryable, townshipId: number): Promise<TownshipLeader[]> {
  const rows = await client(db).member.findMany({
    where: { role: 'leader', townshipId, villageId: null },
    select: { id: true, name: true, role: true, villageId: true, townshipId: true, leadVillages: { select: { villageId: true } } },
    orderBy: { id: 'asc' },
  });
  const accounts = await accountsOfMembers(
    db,
    rows.map((r) => r.id),
  );
  return rows.map(({ leadVillages, ...r }) => ({
    ...r,
    accounts: accounts.get(r.id) ?? [],
    villageIds: leadVillages.map((l) => l.villageId),
  }));
}

/** One row of the roster's 乡镇领导 sheet, checked (sheets/read-leaders.ts). */
export interface LeaderRecord {
  name: string;
  title: string;
  township: string;
  /** 联系村; empty for a leader of the whole township. */
  villages: string[];
  phone: string | null;
  wechatId: string | null;
  larkId: string | null;
}

/**
 * Loads the 乡镇领导 sheet in one transaction. A 联系村 the household sheet did not give is
 * created in the leader's township (the sheet says which), so it is never an orphan.
 */
export async function importLeaders(db: Db, rows: LeaderRecord[]): Promise<{ leaders: number; linked: number }> {
  return db.prisma.$transaction(async (tx) => {
    let linked = 0;
    for (const r of rows) {
      const township = await tx.township.upsert({ where: { name: r.township }, create: { name: r.township }, update: {} });
      const villageIds: number[] = [];
      for (const name of r.villages) {
        const v = await tx.village.upsert({
          where: { name },
          create: { name, townshipId: township.id },
          update: {},
        });
        if (v.townshipId === null) await tx.village.update({ where: { id: v.id }, data: { townshipId: township.id } });
        villageIds.push(v.id);
      }
      linked += villageIds.length;
      await appointLeader(tx, {
        name: r.name,
        title: r.title,
        townshipId: township.id,
        villageIds,
        phone: r.phone,
        wechatId: r.wechatId,
        larkId: r.larkId,
      });
    }
    return { leaders: rows.length, linked };
  });
}
