// The ledger item a progress note, close or answer refers to: `12 已更换水管`, `12号 …`,
// `第12号问题 …`. The number is what people type back from the receipt, so it must lead.
import { parseSmallNumber } from './chinese-number.ts';
import type { Target } from './types.ts';

const LEADING_NUMBER = /^\s*(?:第|编号|No\.?|NO\.?|#)?\s*(\d{1,6})(?![0-9])\s*(?:号)?\s*(?:问题)?/;
const LEADING_HAN_NUMBER = /^\s*第?\s*([一二两三四五六七八九十]{1,3})\s*号\s*(?:问题)?/;
const LEAD_PUNCTUATION = /^[\s,，;；:：、.。\-—]+/;

export function parseTarget(body: string): Target | null {
  let m = LEADING_NUMBER.exec(body);
  let issueNo = m ? Number(m[1]) : null;
  if (!m) {
    m = LEADING_HAN_NUMBER.exec(body);
    issueNo = m ? parseSmallNumber(m[1]) : null;
  }
  if (!m || issueNo === null || issueNo <= 0) return null;
  const text = body.slice(m[0].length).replace(LEAD_PUNCTUATION, '').trim();
  return { issueNo, text: text || null };
}
