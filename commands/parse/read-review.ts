// `#验收 12` (or `#验收 12 通过`) confirms a close-out; `#验收 12 退回 灯还是不亮` sends it back.
import type { TargetParsed } from './read-target.ts';
import { readTarget } from './read-target.ts';

export interface ReviewParsed extends TargetParsed<'review'> {
  decision: 'confirm' | 'return';
  /** Why it was sent back, or a remark on the confirmation; null when none was written. */
  remark: string | null;
}

const RETURN = /^(?:退回|不通过|不合格|驳回|打回)[\s,，:：、]*/;
const CONFIRM = /^(?:通过|合格|确认|同意|验收通过)[\s,，:：、。]*/;

export function readReview(body: string): ReviewParsed {
  const target = readTarget('review', body);
  const text = target.target?.text ?? '';
  const back = RETURN.exec(text);
  if (back) return { ...target, decision: 'return', remark: text.slice(back[0].length).trim() || null };
  const rest = text.replace(CONFIRM, '').trim();
  return { ...target, decision: 'confirm', remark: rest || null };
}
