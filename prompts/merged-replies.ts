// Several replies waiting for one chat, sent as one message when the platform's send budget
// (WeChat's pacing) is what holds them back: one header, then each reply whole, numbered in
// the order they were written, so a cadre finds their own household at a glance.

import { VISIT_RECEIPT_PREFIX as VISIT_PREFIX } from './visit.ts';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** ① … ⑳, then `21.`: short on a phone, and never mistaken for a ledger number (#12). */
function entryMark(i: number): string {
  return i < CIRCLED.length ? CIRCLED[i] : `${i + 1}.`;
}

/**
 * `已记录 4 条走访：` and each visit receipt without its repeated `已记录走访：`; replies of
 * other kinds (or a mix) under `3 条回复：`. One reply is returned as it is.
 */
export function mergedReplies(texts: readonly string[]): string {
  if (texts.length === 1) return texts[0];
  const visits = texts.every((t) => t.startsWith(VISIT_PREFIX));
  const header = visits ? `已记录 ${texts.length} 条走访：` : `${texts.length} 条回复：`;
  const entries = texts.map((t, i) => `${entryMark(i)} ${visits ? t.slice(VISIT_PREFIX.length) : t}`);
  return [header, ...entries].join('\n');
}
