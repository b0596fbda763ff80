// `#进展`, `#销号`, `#答`: the number of the item (or question) leads the text.
import type { Target } from '../../core/checkin.ts';
import type { Parsed } from '../define-command.ts';
import { badIssueNo, missingIssueNo } from './error-messages.ts';
import { parseTarget } from './parse-target.ts';

export interface TargetParsed<K extends string> extends Parsed<K> {
  target: Target | null;
  /**
   * `三星村 12 …`: a name written before the number. The parse still fails (the number must
   * lead), but a township group, whose village names are data the parser cannot know, may read
   * the name as the village and the rest as the target (commands/ledger/find-target.ts).
   */
  nameFirst?: { name: string; target: Target };
  /** The village by id, from a card button's row (a card names its village; typed text never does). */
  villageId?: number;
}

const NAME_BEFORE_NUMBER = /^([^\d\s#＃,，:：]{1,20})\s*(?=\d)/;

/** The commands about one ledger item, written with its number (`#销号 12 …`). */
export type TargetKind =
  | 'progress'
  | 'close'
  | 'review'
  | 'extend'
  | 'approveExtension'
  | 'refuseExtension'
  | 'followUp'
  | 'escalate'
  | 'takeOver';

export function readTarget<K extends TargetKind | 'answer'>(kind: K, body: string): TargetParsed<K> {
  const read = parseTarget(body);
  if (read && 'issueNo' in read) return { kind, ok: true, errors: [], target: read };
  const error = read && 'bad' in read ? badIssueNo(kind, read.bad) : missingIssueNo(kind);
  const named = NAME_BEFORE_NUMBER.exec(body);
  const after = named ? parseTarget(body.slice(named[0].length)) : null;
  const nameFirst = named && after && 'issueNo' in after ? { nameFirst: { name: named[1], target: after } } : {};
  return { kind, ok: false, errors: [error], target: null, ...nameFirst };
}
