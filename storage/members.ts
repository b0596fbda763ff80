import type { IncomingMessage } from '../core/message.ts';
import { asRole, type Role } from '../core/role.ts';
import { linkAccount, memberOfAccount } from './accounts.ts';
import { client, type Queryable, type Tx } from './client.ts';
import { leadVillageIds } from './leaders.ts';
import { linkListedAccount } from './listed-account.ts';
import { ROSTER_ROLES } from './roster-roles.ts';

export interface Sender {
  id: number;
  name: string;
  role: Role;
  villageId: number | null;
  townshipId: number | null;
  /** A 联村领导's 联系村 (storage/leaders.ts): they act on these villages only. */
  leadVillageIds?: readonly number[];
}

export interface SenderContext {
  villageId: number | null;
  townshipId: number | null;
  adminIds: readonly string[];
  /** Role of a first-time sender; the console channel trusts its operator. */
  defaultRole?: Role;
  now?: Date;
  inboxId?: number | null;
}

/**
 * Who sent this message, with their role. The role belongs to the member an account is
 * linked to. An account not linked yet is linked when the roster lists its id (or, on Lark,
 * the tenant's verified user id or mobile); otherwise it gets a member of its own with the
 * default role: a villager, whatever name it shows. Only the console, whose operator runs the
 * bot, is still linked to a roster member by name. Accounts in ADMIN_IDS are admins.
 */
export async function resolveSender(tx: Tx, msg: IncomingMessage, context: SenderContext): Promise<Sender> {
  const at = context.now ?? new Date();
  const inboxId = context.inboxId ?? null;
  let member = await memberOfAccount(tx, msg.platform, msg.senderId);
  // An account that spoke before the roster listed it is a villager until now: look again.
  if (!member || member.role === 'villager') member = (await linkListedAccount(tx, msg, at, inboxId)) ?? member;
  if (!member && msg.platform === 'console') member = await linkConsoleOperator(tx, msg, context, at, inboxId);
  if (!member) {
    member = await client(tx).member.create({
      data: { name: msg.senderName || msg.senderId, role: context.defaultRole ?? 'villager', villageId: context.villageId },
    });
    await linkAccount(tx, {
      memberId: member.id,
      account: { platform: msg.platform, platformUserId: msg.senderId },
      via: 'self',
      at,
      quiet: true,
    });
  }
  const isAdmin = context.adminIds.includes(`${msg.platform}:${msg.senderId}`);
  const role = isAdmin ? 'admin' : asRole(member.role);
  // Only a leader tied to no village can be a 联村领导: one query for them, none for anyone else.
  const leads = role === 'leader' && member.villageId === null ? await leadVillageIds(tx, member.id) : [];
  return {
    id: member.id,
    name: member.name,
    role,
    villageId: member.villageId,
    townshipId: member.townshipId,
    ...(leads.length ? { leadVillageIds: leads } : {}),
  };
}

/** The console's operator typing as `/as 张华` is the roster's 张华 (of this group's village when bound). */
async function linkConsoleOperator(tx: Tx, msg: IncomingMessage, context: SenderContext, at: Date, inboxId: number | null) {
  if (!msg.senderName) return null;
  const scope = context.villageId ? { villageId: context.villageId } : context.townshipId ? { townshipId: context.townshipId } : {};
  const member = await client(tx).member.findFirst({
    where: {
      name: msg.senderName,
      role: { in: ROSTER_ROLES },
      ...scope,
      platformUserId: null,
      accounts: { none: { platform: 'console' } },
    },
    orderBy: { id: 'asc' },
  });
  if (!member) return null;
  await linkAccount(tx, {
    memberId: member.id,
    account: { platform: 'console', platformUserId: msg.senderId },
    via: 'console',
    inboxId,
    at,
  });
  return member;
}

/** Roster members (cadres, leaders) with this name, of one village when it is named. */
export async function rosterMembersNamed(db: Queryable, name: string, villageName?: string | null) {
  return client(db).member.findMany({
    where: { name, role: { in: ROSTER_ROLES }, ...(villageName ? { village: { name: villageName } } : {}) },
    include: { village: { select: { name: true, townshipId: true } }, township: { select: { name: true } } },
    orderBy: { id: 'asc' },
  });
}

/** A member with their village and township, for a label such as 张华（三星村）. */
export async function memberWithPlace(db: Queryable, id: number) {
  return client(db).member.findUniqueOrThrow({ where: { id }, include: { village: true, township: true } });
}

export type RosterMember = Awaited<ReturnType<typeof rosterMembersNamed>>[number];
