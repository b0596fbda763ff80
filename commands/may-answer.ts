import type { Sender } from '../storage/members.ts';
import type { QuestionScope } from '../storage/question-scope.ts';
import { withinScope } from './within-scope.ts';

/**
 * Whether a cadre may answer a question from this place (withinScope: their village, a
 * township leader's township, anywhere for admins). A question from nowhere known is for
 * admins only, and for the console's operator, tied to no place either.
 */
export function mayAnswer(sender: Pick<Sender, 'role' | 'villageId' | 'townshipId'>, scope: QuestionScope | null): boolean {
  if (!scope) return sender.role === 'admin' || (sender.role !== 'villager' && sender.villageId === null && sender.townshipId === null);
  return withinScope(sender, scope);
}
