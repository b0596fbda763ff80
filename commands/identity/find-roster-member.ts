import { identityText, memberLabel } from '../../prompts/identity.ts';
import { rosterMembersNamed, type RosterMember } from '../../storage/members.ts';
import type { HandlerContext, HandlerResult } from '../handler.ts';

export type FoundMember = { member: RosterMember; label: string; result?: undefined } | { member?: undefined; result: HandlerResult };

/** Where a roster member belongs, as people tell two of the same name apart. */
export function placeOf(m: RosterMember): string | null {
  return m.village?.name ?? m.township?.name ?? null;
}

/**
 * The roster member an identity command names: by name, narrowed by the village when
 * written, else by this group's village. Two left over is a question back, never a guess.
 */
export async function findRosterMember(ctx: HandlerContext, name: string, village: string | null, command: string): Promise<FoundMember> {
  const all = await rosterMembersNamed(ctx.tx, name, village);
  const reject = (text: string, reason: string): FoundMember => ({ result: { replies: [{ text }], status: 'rejected', reason } });
  if (!all.length) return reject(identityText.notOnRoster(memberLabel(name, village)), `no roster member ${name}`);
  let pick = all.length === 1 ? all[0] : undefined;
  if (!pick && ctx.group?.villageId) {
    const here = all.filter((m) => m.villageId === ctx.group!.villageId);
    if (here.length === 1) pick = here[0];
  }
  if (!pick) {
    const places = all.map((m) => placeOf(m) ?? '');
    return reject(
      identityText.ambiguous(name, places, `${command} ${name} ${places.find(Boolean) ?? ''}`.trim()),
      `several roster members ${name}`,
    );
  }
  return { member: pick, label: memberLabel(pick.name, placeOf(pick)) };
}
