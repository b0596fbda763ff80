// The keys that start an explicit ledger item inside a message: `问题：`, `问题1：`,
// `问题（住房）：`, `诉求：`, `存在问题：`, `问题2、`, and a visit's `微心愿：` (also `心愿：`,
// `愿望：`), whose item is of category 微心愿.
import { firstCodes } from './separators.ts';
import { SATISFACTION_KEY_SOURCE } from './read-satisfaction.ts';
import { alternation } from './vocabulary.ts';

const WORDS = ['问题', '诉求', '存在问题', '发现问题', '主要问题', '问题描述', '困难诉求', '群众诉求', '困难', '需求'];
export const WISH_KEYS = ['微心愿', '心愿', '愿望'];
const NUMBER = '(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})';
const LABEL = '[(（]([^)）]{1,8})[)）]';
const KEYED = new RegExp(`(?:${alternation(WORDS)})\\s*${NUMBER}?\\s*(?:${LABEL})?\\s*[:：]\\s*`, 'y');
const LABELLED = new RegExp(`(?:问题|诉求)\\s*[0-9]{0,2}\\s*${LABEL}\\s*`, 'y');
const NUMBERED = /问题\s*[0-9]{1,2}\s*[、.．)）]\s*/y;
const WISH = new RegExp(`(?:${alternation(WISH_KEYS)})\\s*[:：]\\s*`, 'y');
const FORMS = [KEYED, LABELLED, NUMBERED];
const FIRST = firstCodes([...WORDS, ...WISH_KEYS]);

export interface ItemKey {
  /** Where the item's own words start. */
  end: number;
  /** The bracketed category, if written. */
  label: string | null;
  /** A `微心愿：` field rather than a problem. */
  wish: boolean;
}

// `问题1：想养牛 问题2：路灯坏了` on one line: the next key after a separator ends an item, and
// so do a wish and a 满意度 written after it (`微心愿：想要轮椅 满意度：满意`).
const NEXT_KEY = new RegExp(
  `[\\s,，;；。](?=(?:${alternation([...WORDS, ...WISH_KEYS])})\\s*${NUMBER}?\\s*(?:${LABEL})?\\s*[:：]|${SATISFACTION_KEY_SOURCE})`,
  'g',
);

/** Where the item starting at `from` ends: the next item key on the line, or the line's end. */
export function itemEnd(line: string, from: number): number {
  NEXT_KEY.lastIndex = from;
  const m = NEXT_KEY.exec(line);
  return m ? m.index : line.length;
}

export function matchItemKey(line: string, pos: number): ItemKey | null {
  if (!FIRST.has(line.charCodeAt(pos))) return null;
  WISH.lastIndex = pos;
  const wish = WISH.exec(line);
  if (wish) return { end: pos + wish[0].length, label: null, wish: true };
  for (const re of FORMS) {
    re.lastIndex = pos;
    const m = re.exec(line);
    if (m) return { end: pos + m[0].length, label: m[1] ?? null, wish: false };
  }
  return null;
}
