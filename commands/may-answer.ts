import type { Sender } from '../storage/members.ts';
import type { QuestionScope } from '../storage/question-scope.ts';
import { mayActOnVillage } from './permissions.ts';

/**
 * Whether a cadre may answer a question from this place: a village's question by whoever may
 * act on that village's ledger (its cadres, its township's leaders, admins); a township
 * group's by that township's leaders; a question from nowhere known only by admins and by
 * someone tied to no place either (the console's operator).
 */
export function mayAnswer(sender: Pick<Sender, 'role' | 'villageId' | 'townshipId'>, scope: QuestionScope | null): boolean {
  if (sender.role === 'admin') return true;
  if (sender.role === 'villager') return false;
  if (!scope) return sender.villageId === null && sender.townshipId === null;
  if (scope.villageId) return mayActOnVillage(sender, { id: scope.villageId, townshipId: scope.townshipId });
  return sender.role === 'leader' && sender.townshipId !== null && sender.townshipId === scope.townshipId;
}
