// The keys that start an explicit ledger item inside a message: `问题：`, `问题1：`,
// `问题（住房）：`, `诉求：`, `存在问题：`, `问题2、`.
import { firstCodes } from './separators.ts';
import { alternation } from './vocabulary.ts';

const WORDS = ['问题', '诉求', '存在问题', '发现问题', '主要问题', '问题描述', '困难诉求', '群众诉求', '困难', '需求'];
const NUMBER = '(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})';
const LABEL = '[(（]([^)）]{1,8})[)）]';
const KEYED = new RegExp(`(?:${alternation(WORDS)})\\s*${NUMBER}?\\s*(?:${LABEL})?\\s*[:：]\\s*`, 'y');
const LABELLED = new RegExp(`(?:问题|诉求)\\s*[0-9]{0,2}\\s*${LABEL}\\s*`, 'y');
const NUMBERED = /问题\s*[0-9]{1,2}\s*[、.．)）]\s*/y;
const FORMS = [KEYED, LABELLED, NUMBERED];
const FIRST = firstCodes(WORDS);

export interface ItemKey {
  /** Where the item's own words start. */
  end: number;
  /** The bracketed category, if written. */
  label: string | null;
}

// `问题1：想养牛 问题2：路灯坏了` on one line: the next key after a separator ends an item.
const NEXT_KEY = new RegExp(`[\\s,，;；。](?=(?:${alternation(WORDS)})\\s*${NUMBER}?\\s*(?:${LABEL})?\\s*[:：])`, 'g');

/** Where the item starting at `from` ends: the next item key on the line, or the line's end. */
export function itemEnd(line: string, from: number): number {
  NEXT_KEY.lastIndex = from;
  const m = NEXT_KEY.exec(line);
  return m ? m.index : line.length;
}

export function matchItemKey(line: string, pos: number): ItemKey | null {
  if (!FIRST.has(line.charCodeAt(pos))) return null;
  for (const re of FORMS) {
    re.lastIndex = pos;
    const m = re.exec(line);
    if (m) return { end: pos + m[0].length, label: m[1] ?? null };
  }
  return null;
}
