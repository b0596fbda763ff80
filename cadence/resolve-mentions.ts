import type { Mention, Platform } from '../bot/types.ts';
import { peopleNamed, type Person } from '../storage/cadence-people.ts';
import type { Prisma, Tx } from '../storage/db.ts';

/**
 * @-mentions for people named in a group: the platform id when the person is a member
 * linked on this platform (preferring one of this village, then this township), else the
 * name alone, which adapters render as text.
 */
export async function resolveMentions(
  db: Prisma | Tx,
  names: Array<string | null | undefined>,
  scope: { platform: Platform; villageId?: number | null; townshipId?: number | null },
): Promise<Mention[]> {
  const unique = [...new Set(names.filter((n): n is string => !!n && n.trim() !== ''))];
  const people = await peopleNamed(db, unique);
  return unique.map((name) => {
    const same = people.filter((p) => p.name === name && p.platform === scope.platform && p.platformUserId);
    const pick =
      same.find((p) => scope.villageId && p.villageId === scope.villageId) ??
      same.find((p) => scope.townshipId && p.townshipId === scope.townshipId) ??
      (same.length === 1 ? same[0] : undefined);
    return { id: pick?.platformUserId ?? null, name };
  });
}

/** A mention for a person already loaded. */
export function mentionOf(person: Pick<Person, 'name' | 'platform' | 'platformUserId'>, platform: Platform): Mention {
  return { id: person.platform === platform ? person.platformUserId : null, name: person.name };
}
