// The ledger item a progress note, close or answer refers to: `12 已更换水管`, `12号 …`,
// `第12号问题 …`. The number is what people type back from the receipt, so it must lead.
// It is a positive whole number: `1.5`, `-3` and `0` are refused rather than read as 1, 3
// or nothing, since closing the wrong item is worse than asking again.
import { parseSmallNumber } from './chinese-number.ts';
import type { Target } from '../../core/checkin.ts';

const LEADING_NUMBER = /^\s*(?:第|编号|No\.?|NO\.?|#)?\s*([-−－负]\s*)?(\d{1,6}(?:[.．]\d+)?)(?![0-9])\s*(?:号)?\s*(?:问题)?/;
const LEADING_HAN_NUMBER = /^\s*第?\s*([零〇一二两三四五六七八九十]{1,3})\s*号\s*(?:问题)?/;
const LEAD_PUNCTUATION = /^[\s,，;；:：、.。\-—]+/;

/** What was written where the number should be, when it cannot be an item's number. */
export interface BadNumber {
  bad: string;
}

export function parseTarget(body: string): Target | BadNumber | null {
  let m = LEADING_NUMBER.exec(body);
  let issueNo: number | null = null;
  if (m) {
    const written = `${m[1] ? '-' : ''}${m[2]}`;
    if (m[1] || /[.．]/.test(m[2]) || Number(m[2]) === 0) return { bad: written.replace('．', '.') };
    issueNo = Number(m[2]);
  } else {
    m = LEADING_HAN_NUMBER.exec(body);
    issueNo = m ? parseSmallNumber(m[1]) : null;
    if (m && issueNo === 0) return { bad: m[1] };
  }
  if (!m || issueNo === null || issueNo <= 0) return null;
  const text = body.slice(m[0].length).replace(LEAD_PUNCTUATION, '').trim();
  return { issueNo, text: text || null };
}
