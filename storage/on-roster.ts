import { memberOfAccount } from './accounts.ts';
import { client, type Queryable } from './client.ts';
import { ROSTER_ROLES } from './roster-roles.ts';

/**
 * Whether a platform account belongs to someone on the roster: linked to a roster member, or
 * (before any link: a new cadre's first contact with the bot) going by a roster member's name.
 */
export async function onRoster(db: Queryable, platform: string, platformUserId: string, name: string): Promise<boolean> {
  const linked = await memberOfAccount(db, platform, platformUserId);
  if (linked) return ROSTER_ROLES.includes(linked.role);
  const named = name.trim();
  if (!named) return false;
  return (await client(db).member.count({ where: { name: named, role: { in: ROSTER_ROLES } } })) > 0;
}
