import { client, type Queryable } from './client.ts';
import { ROSTER_ROLES } from './roster-roles.ts';

/** Roster members (optionally of one name) with their linked accounts, for review. */
export async function rosterAccounts(db: Queryable, name?: string) {
  const members = await client(db).member.findMany({
    where: { role: { in: ROSTER_ROLES }, ...(name ? { name } : {}) },
    include: { accounts: { orderBy: { id: 'asc' } }, village: { select: { name: true } }, township: { select: { name: true } } },
    orderBy: [{ villageId: 'asc' }, { id: 'asc' }],
  });
  return members.map((m) => ({
    name: m.name,
    role: m.title ?? m.role,
    place: m.village?.name ?? m.township?.name ?? null,
    accounts: [
      ...(m.platform && m.platformUserId ? [{ platform: m.platform, platformUserId: m.platformUserId, via: 'legacy' }] : []),
      ...m.accounts.map((a) => ({ platform: a.platform, platformUserId: a.platformUserId, via: a.via })),
    ],
  }));
}
