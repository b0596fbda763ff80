import { memberOfAccount } from './accounts.ts';
import { client, type Queryable } from './client.ts';
import { ROSTER_ROLES } from './roster-roles.ts';

/**
 * Whether a platform account belongs to someone on the roster: linked to a roster member, or,
 * when `byName` allows it (a friend request: a new cadre's first contact, which grants no role),
 * going by a roster member's name. A display name anyone can set, so it never lets the bot into
 * a group.
 */
export async function onRoster(db: Queryable, platform: string, platformUserId: string, name: string, byName: boolean): Promise<boolean> {
  const linked = await memberOfAccount(db, platform, platformUserId);
  if (linked) return ROSTER_ROLES.includes(linked.role);
  const named = name.trim();
  if (!named || !byName) return false;
  return (await client(db).member.count({ where: { name: named, role: { in: ROSTER_ROLES } } })) > 0;
}
