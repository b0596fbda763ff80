import type { IncomingMessage } from '../bot/types.ts';
import type { Prisma, Tx } from './db.ts';

export type Role = 'villager' | 'cadre' | 'leader' | 'admin';
export const ROLES: Role[] = ['villager', 'cadre', 'leader', 'admin'];

export interface Sender {
  id: number;
  name: string;
  role: Role;
  villageId: number | null;
  townshipId: number | null;
}

function asRole(value: string): Role {
  return (ROLES as string[]).includes(value) ? (value as Role) : 'villager';
}

/**
 * Who sent this message, with their role. A platform id seen before is that member; a new
 * one is linked to an unclaimed roster member of the same name in this group's village
 * (roster imports know names, not platform ids); anyone else is a villager. Platform ids
 * listed in ADMIN_IDS are admins whatever the roster says.
 */
export async function resolveSender(
  tx: Tx,
  msg: IncomingMessage,
  context: { villageId: number | null; townshipId: number | null; adminIds: string[]; defaultRole?: Role },
): Promise<Sender> {
  const key = { platform: msg.platform, platformUserId: msg.senderId };
  let member = await tx.member.findUnique({ where: { platform_platformUserId: key } });
  if (!member && msg.senderName) {
    const scope = context.villageId ? { villageId: context.villageId } : context.townshipId ? { townshipId: context.townshipId } : {};
    const unclaimed = await tx.member.findFirst({ where: { name: msg.senderName, platformUserId: null, ...scope }, orderBy: { id: 'asc' } });
    if (unclaimed) member = await tx.member.update({ where: { id: unclaimed.id }, data: key });
  }
  member ??= await tx.member.create({
    data: { ...key, name: msg.senderName || msg.senderId, role: context.defaultRole ?? 'villager', villageId: context.villageId },
  });
  const isAdmin = context.adminIds.includes(`${msg.platform}:${msg.senderId}`);
  return { id: member.id, name: member.name, role: isAdmin ? 'admin' : asRole(member.role), villageId: member.villageId, townshipId: member.townshipId };
}

export async function setRole(tx: Tx, memberId: number, role: Role): Promise<void> {
  await tx.member.update({ where: { id: memberId }, data: { role } });
}

/** Members of a village (and its township's leaders) by role, for nudges and @-mentions. */
export async function membersByName(db: Prisma | Tx, names: string[]) {
  if (!names.length) return [];
  return db.member.findMany({ where: { name: { in: names } } });
}
