// The six checks (两不愁三保障 and drinking water): `收入√`, `饮水×（水压不足）`,
// `看病：否`, and the summaries that fill several at once (`全部达标`, `其余正常`, `三保障正常`).
import { firstCodes } from './separators.ts';
import { CHECK_KEYS, type CheckKey, type Checks } from '../../core/checkin.ts';
import { CHECK_WORDS, PROBLEM_MARKS, PROBLEM_SHORT_MARKS, SECURE_MARKS, SECURE_SHORT_MARKS, alternation } from './vocabulary.ts';

const KEYS = alternation(Object.keys(CHECK_WORDS));
// One capture group per check and per kind of mark, so a match says which without a lookup:
// groups 1-6 are the checks in CHECK_KEYS order, 7 a reason before the mark, 8/9 long
// secure/problem marks, 10/11 short ones, 12 the reason after the mark.
const KEY_GROUPS = CHECK_KEYS.map((key) => `(${alternation(Object.keys(CHECK_WORDS).filter((w) => CHECK_WORDS[w] === key))})`).join('|');
// `住房有裂缝` is not `住房` + `有`: a one-character mark must end its word.
const SHORT_MARK_END = `(?=$|[\\s,，;；、。.！!(（)）:：|/]|${KEYS}|[√✓✔☑✅×✗✘✖❌❎☒])`;
const BRACKETED = '[(（【\\[]([^)）】\\]\\n]{0,200})[)）】\\]]';
// The reason usually follows the mark (`饮水×（停水）`), sometimes precedes it (`饮水（停水）×`).
const REASON_BEFORE = `(?:${BRACKETED}\\s*)?`;
const REASON = `(?:\\s*${BRACKETED})?`;
const CHECK_AT = new RegExp(
  `(?:${KEY_GROUPS})[\\s:：]*${REASON_BEFORE}(?:(${alternation(SECURE_MARKS)})|(${alternation(PROBLEM_MARKS)})|(?:(${alternation(SECURE_SHORT_MARKS)})|(${alternation(PROBLEM_SHORT_MARKS)}))${SHORT_MARK_END})${REASON}`,
  'y',
);
const REASON_BEFORE_GROUP = CHECK_KEYS.length + 1;
const FIRST_MARK_GROUP = CHECK_KEYS.length + 2;

// Most pieces are not checks: one character rules them out before any regex runs.
const CHECK_FIRST = firstCodes(Object.keys(CHECK_WORDS));
const SUMMARY_FIRST = firstCodes([...'其剩另别三两六各所全一均都无没']);

const SUMMARY_MARK = '(?:均|都|全部|全|也|已|皆)?(?:达标|正常|有保障|已保障|没问题|无问题|没有问题|落实|良好|√|✓|✔|☑|✅|好)';
const ALL_AT = new RegExp(
  `(?:两不愁\\s*三保障(?:\\s*[和及与、]?\\s*饮水(?:安全)?)?|六项(?:指标)?|各项(?:指标)?|所有(?:指标|项目)?|全部|一切|均|都|全)${SUMMARY_MARK}`,
  'y',
);
/** `无问题`, `一切正常` standing alone: the household has no problem at all. */
const ALL_WORD_AT = /(?:都|均|全都)?(?:无问题|没问题|没有问题|一切正常|一切良好|各方面正常|各方面都好)(?=$|[\s,，;；、。!！])/y;
const REST_AT = new RegExp(`(?:其余|其他|其它|剩余|剩下的?|另外|别的)(?:各?项(?:目|指标)?|几项|指标)?${SUMMARY_MARK}`, 'y');
const THREE_AT = new RegExp(`三保障${SUMMARY_MARK}`, 'y');
const SUMMARY_VALUE = new RegExp(`^${SUMMARY_MARK}$`);
const THREE_KEYS: readonly CheckKey[] = ['education', 'medical', 'housing'];

export interface CheckHit {
  key: CheckKey;
  ok: boolean;
  reason: string | null;
  end: number;
}

export type Summary = 'all' | 'rest' | 'three';

/** A check (`收入√`, `饮水 有问题（停水）`) starting exactly at `pos`, or null. */
export function matchCheckAt(line: string, pos: number): CheckHit | null {
  if (!CHECK_FIRST.has(line.charCodeAt(pos))) return null;
  CHECK_AT.lastIndex = pos;
  const m = CHECK_AT.exec(line);
  if (!m) return null;
  let k = 0;
  while (m[k + 1] === undefined) k++;
  const ok = m[FIRST_MARK_GROUP] !== undefined || m[FIRST_MARK_GROUP + 2] !== undefined;
  const reason = (m[FIRST_MARK_GROUP + 4] ?? m[REASON_BEFORE_GROUP])?.trim() || null;
  return { key: CHECK_KEYS[k], ok, reason, end: pos + m[0].length };
}

/** A summary (`全部达标`, `其余正常`, `三保障正常`) starting exactly at `pos`, or null. */
const SUMMARIES: ReadonlyArray<readonly [Summary, RegExp]> = [
  ['rest', REST_AT],
  ['three', THREE_AT],
  ['all', ALL_AT],
  ['all', ALL_WORD_AT],
];

export function matchSummaryAt(line: string, pos: number): { summary: Summary; end: number } | null {
  if (!SUMMARY_FIRST.has(line.charCodeAt(pos))) return null;
  for (const [summary, re] of SUMMARIES) {
    re.lastIndex = pos;
    const m = re.exec(line);
    if (m) return { summary, end: pos + m[0].length };
  }
  return null;
}

/** `其他：都正常` written as a note is the `其余正常` summary. */
export function isSummaryValue(value: string): boolean {
  return SUMMARY_VALUE.test(value.trim());
}

/** Collects marks across a message; summaries fill only the checks not named explicitly. */
export class CheckTally {
  private readonly marks = new Map<CheckKey, { ok: boolean; reason: string | null }>();
  private readonly fills = new Set<Summary>();

  mark(key: CheckKey, ok: boolean, reason: string | null): void {
    const before = this.marks.get(key);
    // Named twice: a problem is never silently overwritten by a tick.
    if (!before || (before.ok && !ok)) this.marks.set(key, { ok, reason });
    else if (!before.ok && !ok && !before.reason && reason) before.reason = reason;
  }

  /** The reason of the last problem check, filled in when it was written in its own token. */
  addReason(key: CheckKey, reason: string): boolean {
    const mark = this.marks.get(key);
    if (!mark || mark.ok || mark.reason) return false;
    mark.reason = reason;
    return true;
  }

  fill(summary: Summary): void {
    this.fills.add(summary);
  }

  get count(): number {
    return this.marks.size + this.fills.size;
  }

  result(): Checks {
    const out: Checks = {};
    const everything = this.fills.has('all') || this.fills.has('rest');
    for (const key of CHECK_KEYS) {
      const mark = this.marks.get(key);
      if (mark) out[key] = mark.ok;
      else if (everything || (this.fills.has('three') && THREE_KEYS.includes(key))) out[key] = true;
    }
    return out;
  }

  /** Checks marked as a problem, in the order income, food, education, medical, housing, water. */
  problems(): { key: CheckKey; reason: string | null }[] {
    const out: { key: CheckKey; reason: string | null }[] = [];
    for (const key of CHECK_KEYS) {
      const mark = this.marks.get(key);
      if (mark && !mark.ok) out.push({ key, reason: mark.reason });
    }
    return out;
  }
}
