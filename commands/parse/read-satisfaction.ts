// `满意度：基本满意`, `群众满意度：不满意（危房改造没批）`, `满意情况：不满意：嫌补助少`: the
// household's own verdict at a visit, with the reason in brackets or after a colon.
import type { Satisfaction } from '../../core/checkin.ts';
import { alternation } from './vocabulary.ts';

const KEYS = ['满意度', '满意情况', '群众满意度', '满意程度'];
/** Longest first, so 不满意 is not read as 满意 and 基本满意 not as 满意. */
const LEVELS: Readonly<Record<string, Satisfaction>> = {
  满意: '满意',
  非常满意: '满意',
  很满意: '满意',
  十分满意: '满意',
  基本满意: '基本满意',
  比较满意: '基本满意',
  较满意: '基本满意',
  还算满意: '基本满意',
  一般: '基本满意',
  不满意: '不满意',
  不太满意: '不满意',
  很不满意: '不满意',
  非常不满意: '不满意',
};

/** A satisfaction key with its level, for lookaheads elsewhere (where an item or a wish ends). */
export const SATISFACTION_KEY_SOURCE = `(?:${alternation(KEYS)})\\s*[:：]?\\s*(?:${alternation(Object.keys(LEVELS))})`;

// The colon may be left out (`满意度 满意`); a level must follow the key for it to count.
const AT = new RegExp(`(?:${alternation(KEYS)})\\s*[:：]?\\s*(${alternation(Object.keys(LEVELS))})`, 'y');
const BRACKET_REASON = /\s*[(（]([^)）\n]*)[)）]/y;
const COLON_REASON = /\s*[:：]\s*/y;
const FIRST_CODES = new Set(KEYS.map((k) => k.charCodeAt(0)));

/**
 * A verdict written without its key, as a piece of its own: `满意`, `群众不满意（路没修）`,
 * `户主表示基本满意`. Only who said it may come before; `对低保评定不满意` is about something
 * and stays a ledger item.
 */
// `一般` alone is too vague to be a verdict (it may be short for 一般户): only after a key.
const ALONE_LEVELS = Object.keys(LEVELS).filter((w) => w !== '一般');
const ALONE = new RegExp(
  `^(?:群众|户主|农户|家属|本人|该户)?(?:表示|反映|对帮扶工作|对工作队)?(${alternation(ALONE_LEVELS)})(?:[(（]([^)）]*)[)）])?$`,
);

export function matchSatisfactionAlone(piece: string): { level: Satisfaction; reason: string | null } | null {
  const m = ALONE.exec(piece);
  return m ? { level: LEVELS[m[1]], reason: m[2]?.trim() || null } : null;
}

export interface SatisfactionHit {
  level: Satisfaction;
  /** Where the level (and a bracketed reason) ends; a reason after a colon starts at `reasonFrom`. */
  end: number;
  reason: string | null;
  /** Set when a colon follows the level: the reason is the text from here to the next field. */
  reasonFrom: number | null;
}

export function matchSatisfactionAt(line: string, pos: number): SatisfactionHit | null {
  if (!FIRST_CODES.has(line.charCodeAt(pos))) return null;
  AT.lastIndex = pos;
  const m = AT.exec(line);
  if (!m) return null;
  const level = LEVELS[m[1]];
  BRACKET_REASON.lastIndex = AT.lastIndex;
  const bracket = BRACKET_REASON.exec(line);
  if (bracket) return { level, end: BRACKET_REASON.lastIndex, reason: bracket[1].trim() || null, reasonFrom: null };
  COLON_REASON.lastIndex = AT.lastIndex;
  if (COLON_REASON.exec(line)) return { level, end: COLON_REASON.lastIndex, reason: null, reasonFrom: COLON_REASON.lastIndex };
  return { level, end: AT.lastIndex, reason: null, reasonFrom: null };
}
