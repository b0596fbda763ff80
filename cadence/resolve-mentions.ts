import type { Mention } from '../core/reply.ts';
import { canStartPrivateChat, type Platform } from '../core/platform.ts';
import { pickAccount } from '../storage/accounts.ts';
import { peopleNamed, type Person } from '../storage/cadence-people.ts';
import type { Queryable } from '../storage/client.ts';

/**
 * @-mentions for people named in a group: the member's account on this platform (preferring
 * a member of this village, then this township), else the name alone, which adapters render
 * as text. Only roster members are looked up, never an account that merely shows the name.
 */
export async function resolveMentions(
  db: Queryable,
  names: Array<string | null | undefined>,
  scope: { platform: Platform; villageId?: number | null; townshipId?: number | null },
): Promise<Mention[]> {
  const unique = [...new Set(names.filter((n): n is string => !!n && n.trim() !== ''))];
  const people = await peopleNamed(db, unique);
  return unique.map((name) => {
    const same = people.filter((p) => p.name === name && p.accounts.some((a) => a.platform === scope.platform));
    const pick =
      same.find((p) => scope.villageId && p.villageId === scope.villageId) ??
      same.find((p) => scope.townshipId && p.townshipId === scope.townshipId) ??
      (same.length === 1 ? same[0] : undefined);
    return pick ? mentionOf(pick, scope.platform) : { id: null, name };
  });
}

/** A mention for a person already loaded: their account on this platform, if they have one. */
export function mentionOf(person: Pick<Person, 'name' | 'accounts'>, platform: Platform): Mention {
  return { id: person.accounts.find((a) => a.platform === platform)?.platformUserId ?? null, name: person.name };
}

/**
 * Where a private note to a person goes: their account on the first preferred platform, else
 * their oldest, among the platforms where the bot can start a private chat.
 */
export function privateDestination(
  person: Pick<Person, 'accounts'>,
  prefer: readonly string[],
): { platform: Platform; chatId: string; private: true } | null {
  const account = pickAccount(
    person.accounts.filter((a) => canStartPrivateChat(a.platform)),
    prefer,
  );
  return account ? { platform: account.platform, chatId: account.platformUserId, private: true } : null;
}
