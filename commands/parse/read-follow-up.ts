// `#回访 12 正常 满意度：满意` records a re-check; `#回访 12 反弹 又漏雨了` finds the problem back.
import type { Satisfaction } from '../../core/checkin.ts';
import { matchSatisfactionAt } from './read-satisfaction.ts';
import { readTarget, type TargetParsed } from './read-target.ts';

export interface FollowUpParsed extends TargetParsed<'followUp'> {
  outcome: 'normal' | 'rebound' | null;
  satisfaction: Satisfaction | null;
  /** What came back (反弹), or a remark on a normal 回访. */
  text: string | null;
}

const NORMAL = /^(?:正常|良好|无反弹|未反弹|没有反弹|已解决|稳定)[\s,，;；:：、。]*/;
const REBOUND = /^(?:反弹|复发|又出现|问题反弹)[\s,，;；:：、。]*/;
const EDGES = /^[\s,，;；:：、。]+|[\s,，;；:：、。]+$/g;

/** `满意度：满意` anywhere in the text: its level, and the text without it. */
function takeSatisfaction(text: string): { satisfaction: Satisfaction | null; rest: string } {
  for (let i = 0; i < text.length; i++) {
    const hit = matchSatisfactionAt(text, i);
    if (hit) return { satisfaction: hit.level, rest: `${text.slice(0, i)} ${text.slice(hit.end)}`.replace(EDGES, '').trim() };
  }
  return { satisfaction: null, rest: text };
}

export function readFollowUp(body: string): FollowUpParsed {
  const target = readTarget('followUp', body);
  const text = target.target?.text ?? '';
  const { satisfaction, rest } = takeSatisfaction(text);
  const normal = NORMAL.exec(rest);
  if (normal) return { ...target, outcome: 'normal', satisfaction, text: rest.slice(normal[0].length).replace(EDGES, '') || null };
  const rebound = REBOUND.exec(rest);
  if (rebound) return { ...target, outcome: 'rebound', satisfaction, text: rest.slice(rebound[0].length).replace(EDGES, '') || null };
  return { ...target, outcome: null, satisfaction, text: rest || null };
}
