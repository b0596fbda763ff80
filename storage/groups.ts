import type { Platform } from '../core/platform.ts';
import { toPlatform } from './to-platform.ts';
import { client, type Queryable, type Tx } from './client.ts';

export interface GroupBinding {
  id: number;
  kind: 'village' | 'township';
  villageId: number | null;
  villageName: string | null;
  townshipId: number | null;
  townshipName: string | null;
}

/** The group's binding, by platform chat id (never by name: a renamed group keeps working). */
export async function findGroupBinding(prisma: Queryable, platform: Platform, chatId: string): Promise<GroupBinding | null> {
  // One joined query: it runs for every message, and Prisma's include would make it three.
  // Quoted identifiers and bound values read the same on SQLite and PostgreSQL.
  const rows = await client(prisma).$queryRaw<RawBinding[]>`
    SELECT g."id", g."kind", g."villageId", v."name" AS "villageName",
           t."id" AS "townshipId", t."name" AS "townshipName"
    FROM "ChatGroup" g
    LEFT JOIN "Village" v ON v."id" = g."villageId"
    LEFT JOIN "Township" t ON t."id" = COALESCE(g."townshipId", v."townshipId")
    WHERE g."platform" = ${platform} AND g."chatId" = ${chatId}`;
  const row = rows[0];
  if (!row) return null;
  return {
    id: Number(row.id),
    kind: row.kind === 'township' ? 'township' : 'village',
    villageId: row.villageId === null ? null : Number(row.villageId),
    villageName: row.villageName,
    townshipId: row.townshipId === null ? null : Number(row.townshipId),
    townshipName: row.townshipName,
  };
}

interface RawBinding {
  id: number | bigint;
  kind: string;
  villageId: number | bigint | null;
  villageName: string | null;
  townshipId: number | bigint | null;
  townshipName: string | null;
}

export async function bindGroup(
  tx: Tx,
  args: { platform: Platform; chatId: string; name: string | null; villageId?: number | null; townshipId?: number | null },
): Promise<void> {
  const kind = args.villageId ? 'village' : 'township';
  const data = { name: args.name, kind, villageId: args.villageId ?? null, townshipId: args.townshipId ?? null };
  await client(tx).chatGroup.upsert({
    where: { platform_chatId: { platform: args.platform, chatId: args.chatId } },
    create: { platform: args.platform, chatId: args.chatId, ...data },
    update: data,
  });
}

/** The chats bound to a village (its groups on every platform); `active`: only those the bot is still in. */
export async function chatsOfVillage(
  db: Queryable,
  villageId: number,
  options: { active?: boolean } = {},
): Promise<Array<{ platform: Platform; chatId: string }>> {
  const rows = await client(db).chatGroup.findMany({
    where: { villageId, ...(options.active ? { pausedAt: null } : {}) },
    select: { platform: true, chatId: true },
  });
  return rows.map((r) => ({ platform: toPlatform(r.platform), chatId: r.chatId }));
}

/** The township's own groups the bot is still in (a 上报 is told there). */
export async function chatsOfTownship(db: Queryable, townshipId: number): Promise<Array<{ platform: Platform; chatId: string }>> {
  const rows = await client(db).chatGroup.findMany({
    where: { kind: 'township', townshipId, pausedAt: null },
    select: { platform: true, chatId: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => ({ platform: toPlatform(r.platform), chatId: r.chatId }));
}

/** Every bound group of a kind, for the cadence (one digest per group). */
export async function listGroups(prisma: Queryable, kind: 'village' | 'township') {
  const rows = await client(prisma).chatGroup.findMany({
    // A group the bot is no longer in gets no digests.
    where: { kind, pausedAt: null },
    include: { village: true, township: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((g) => ({ ...g, platform: toPlatform(g.platform) }));
}

/** The group's name as the platform now shows it (a renamed WeChat room). False when the group is not bound. */
export async function renameGroup(db: Queryable, platform: Platform, chatId: string, name: string): Promise<boolean> {
  const { count } = await client(db).chatGroup.updateMany({ where: { platform, chatId }, data: { name } });
  return count > 0;
}

/**
 * The bot left the group or was removed (`paused`), or is in it again. Returns the binding's
 * name when a bound group changed, null when the chat is not bound or already so.
 */
export async function setGroupPaused(
  db: Queryable,
  platform: Platform,
  chatId: string,
  paused: Date | null,
): Promise<{ name: string | null } | null> {
  const where = { platform, chatId, pausedAt: paused ? null : { not: null } };
  const group = await client(db).chatGroup.findFirst({ where, select: { id: true, name: true } });
  if (!group) return null;
  await client(db).chatGroup.update({ where: { id: group.id }, data: { pausedAt: paused } });
  return { name: group.name };
}
