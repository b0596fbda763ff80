import type { Sender } from '../storage/members.ts';

/**
 * Whether a place (a village, or a township with no village) is the sender's own: their
 * village; for a township leader (tied to a township, not a village) any place in it;
 * admins anywhere. Someone tied to no place at all is the console's operator, who runs the
 * bot. Stricter than the ledger's village check, where a village's leader also reaches the
 * township's other villages: answering villagers and vouching for people stay home.
 */
export function withinScope(
  sender: Pick<Sender, 'role' | 'villageId' | 'townshipId'>,
  place: { villageId: number | null; townshipId: number | null },
): boolean {
  if (sender.role === 'admin') return true;
  if (sender.role === 'villager') return false;
  if (sender.villageId === null && sender.townshipId === null) return true;
  if (sender.villageId !== null) return place.villageId !== null && sender.villageId === place.villageId;
  return sender.role === 'leader' && place.townshipId !== null && sender.townshipId === place.townshipId;
}
