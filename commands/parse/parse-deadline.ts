// When a ledger item is due. Deadlines are in the future, so a date without a year that
// would fall before today is next year's (`1月5日前` written on 12月22日).
// In free text a form only counts as a deadline with its `前` / `内` (`3天内`, `11月30日前`),
// so `明天上门` in a progress note or `3天前` are not deadlines; after a key (`时限：`, `限期`)
// or standing alone between commas, the bare form counts too.
// Strict: a date that does not exist (`2月30日`, `13月1日`) and a day count that is not a
// positive whole number (`-3天内`, `1.5天内`) are faults with their reason, never rolled over
// or read as the digits next to them.
import { parseSmallNumber, NUMBER_CHARS } from './chinese-number.ts';
import type { DateFault } from './date-read.ts';
import { impossibleDateReason } from './impossible-date.ts';
import { WEEKDAY_INDEX } from './weekday-index.ts';
import {
  addCivilDays,
  addMonths,
  civilDate,
  lastDayOfMonth,
  toIso,
  weekdayIndex,
  compareDates,
  type CivilDate,
} from '../../core/shanghai-calendar.ts';

type Resolve = (m: RegExpExecArray, today: CivilDate) => CivilDate | DateFault | null;
interface Form {
  source: string;
  /** What must follow in free text: a `前` word, a `内` word, or nothing. */
  needs: 'before' | 'within' | 'none';
  resolve: Resolve;
}

// `11月30日完成` sets a deadline as surely as `11月30日前`; the verb stays for the description.
const BEFORE = '(?:之前|以前|前|为止|(?=完成|解决|办结|到位|修好|整改|处理完))';
const WITHIN = '(?:之内|以内|内)';
const ANY_SUFFIX = '(?:之前|以前|前|为止|之内|以内|内)';
const COUNT_UNIT = '(?:天|日|周|星期|礼拜|月)';

/** The year a month and day without a year fall in: this year unless already past, then next. */
function comingYear(month: number, day: number, today: CivilDate): number {
  return month > today.m || (month === today.m && day >= today.d) ? today.y : today.y + 1;
}

function nextOccurrence(month: number, day: number, today: CivilDate): CivilDate | DateFault {
  const never = impossibleDateReason(null, month, day);
  if (never) return { fault: never };
  const year = comingYear(month, day, today);
  // Only 2月29日 can exist in some years and not in the one it falls in.
  return civilDate(year, month, day) ?? { fault: impossibleDateReason(year, month, day) ?? `${year}年${month}月没有${day}日` };
}

function mondayOf(today: CivilDate): CivilDate {
  return addCivilDays(today, -weekdayIndex(today));
}

function countFault(): DateFault {
  return { fault: '天数、周数、月数要写正整数' };
}

const FORMS: readonly Form[] = [
  {
    source: '(?<![0-9])(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?',
    needs: 'before',
    resolve: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const reason = impossibleDateReason(y, mo, d);
      return reason ? { fault: reason } : civilDate(y, mo, d);
    },
  },
  {
    source: '(?<![0-9])(\\d{1,2})\\s*月(?:底|末)',
    needs: 'none',
    resolve: (m, today) => {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return { fault: `没有${month}月` };
      const year = month >= today.m ? today.y : today.y + 1;
      return { y: year, m: month, d: lastDayOfMonth(year, month) };
    },
  },
  {
    source: '(?<![0-9])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?',
    needs: 'before',
    resolve: (m, today) => nextOccurrence(Number(m[1]), Number(m[2]), today),
  },
  {
    // `1.5天` is a (bad) count, not 1月5日.
    source: `(?<![0-9./-])(\\d{1,2})[./-](\\d{1,2})(?![0-9./-]|\\s*个?\\s*${COUNT_UNIT})`,
    needs: 'before',
    resolve: (m, today) => nextOccurrence(Number(m[1]), Number(m[2]), today),
  },
  {
    // `上周五前` looks back, it sets no deadline.
    source: '(?<!上个?)(本|这|下下|下)?个?(?:周|星期|礼拜)([一二三四五六日天1-7])',
    needs: 'before',
    resolve: (m, today) => {
      const day = addCivilDays(mondayOf(today), WEEKDAY_INDEX[m[2]] + (m[1] === '下' ? 7 : m[1] === '下下' ? 14 : 0));
      // A bare `周三` already past this week means next week's.
      return !m[1] && compareDates(day, today) < 0 ? addCivilDays(day, 7) : day;
    },
  },
  {
    // A sign or a decimal in front (`-3天内`, `1.5天内`) is captured so it cannot pass for `3天内` / `5天内`;
    // `3-5天内` is a range and reads as its upper end, as before.
    source: `(?:(?<![0-9])([-−－]|负)\\s*|([0-9]+[.．]))?([${NUMBER_CHARS}]{1,3}|半)\\s*(个)?\\s*(天|日|周|星期|礼拜|月)`,
    needs: 'within',
    resolve: (m, today) => {
      if (m[1] || m[2]) return countFault();
      const unit = m[5];
      if (m[3] === '半') return unit === '月' ? addCivilDays(today, 15) : null;
      const n = parseSmallNumber(m[3]);
      if (n === 0) return countFault();
      if (n === null || n > 400) return null;
      if (unit === '天' || unit === '日') return m[4] ? null : addCivilDays(today, n);
      if (unit === '月') return addMonths(today, n);
      return addCivilDays(today, 7 * n);
    },
  },
  {
    source: '(?<!上个?)(本|这个|下个?|次)?月(?:底|末)',
    needs: 'none',
    resolve: (m, today) => {
      const month = m[1] && (m[1].startsWith('下') || m[1] === '次') ? addMonths({ ...today, d: 1 }, 1) : today;
      return { y: month.y, m: month.m, d: lastDayOfMonth(month.y, month.m) };
    },
  },
  { source: '(?:今|本)?年(?:底|末)|今?年内', needs: 'none', resolve: (_m, today) => ({ y: today.y, m: 12, d: 31 }) },
  { source: '(?:本|这)月内', needs: 'none', resolve: (_m, today) => ({ y: today.y, m: today.m, d: lastDayOfMonth(today.y, today.m) }) },
  {
    source: '(本|这|下)?周(?:内|末)',
    needs: 'none',
    resolve: (m, today) => addCivilDays(mondayOf(today), 6 + (m[1] === '下' ? 7 : 0)),
  },
  {
    source: '(今天|今日|明天|明日|后天|大后天)',
    needs: 'before',
    resolve: (m, today) => addCivilDays(today, { 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2, 大后天: 3 }[m[1]] ?? 0),
  },
];

function suffixFor(needs: Form['needs'], strict: boolean): string {
  if (!strict) return `${ANY_SUFFIX}?`;
  return needs === 'before' ? BEFORE : needs === 'within' ? WITHIN : `${ANY_SUFFIX}?`;
}

const STRICT = FORMS.map((f) => new RegExp(`(?:${f.source})${suffixFor(f.needs, true)}`, 'g'));
const LOOSE = FORMS.map((f) => new RegExp(`(?:${f.source})${suffixFor(f.needs, false)}`, 'g'));
const EXACT = FORMS.map((f) => new RegExp(`^(?:${f.source})${ANY_SUFFIX}?$`));

/** Every deadline form has one of these; most words of a description have none. */
const MAY_BE_DEADLINE = /[0-9天日周期拜底末内前月年明后今止]/;

/** A deadline phrase found in a text: its day, or (`fault`) why it names none. */
export interface FoundDeadline {
  dueOn: string | null;
  fault: string | null;
  /** The phrase as written, for a reply that quotes it. */
  written: string;
  start: number;
  end: number;
}

function found(value: CivilDate | DateFault, written: string, start: number): FoundDeadline {
  const fault = 'fault' in value ? value.fault : null;
  return { dueOn: fault === null ? toIso(value as CivilDate) : null, fault, written, start, end: start + written.length };
}

function search(text: string, today: CivilDate, set: readonly RegExp[]): FoundDeadline | null {
  let best: FoundDeadline | null = null;
  for (let i = 0; i < set.length; i++) {
    const re = set[i];
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m || (best && m.index >= best.start)) continue;
    const value = FORMS[i].resolve(m, today);
    if (value) best = found(value, m[0], m.index);
  }
  return best;
}

/** A deadline written in free text, where it needs its `前` / `内` unless it stands alone. */
export function findDeadline(text: string, today: CivilDate): FoundDeadline | null {
  if (!MAY_BE_DEADLINE.test(text)) return null;
  return parseDeadlineValue(text, today) ?? search(text, today, STRICT);
}

/** The value after `时限：` / `限期`: any deadline form, `前` / `内` optional, anywhere in it. */
export function findKeyedDeadline(text: string, today: CivilDate): FoundDeadline | null {
  if (!MAY_BE_DEADLINE.test(text)) return null;
  return search(text, today, LOOSE);
}

/** A whole string that is one deadline (`本周五`, `11.30前`, `三天内`), or null. */
export function parseDeadlineValue(raw: string, today: CivilDate): FoundDeadline | null {
  const text = raw.trim();
  if (!text || text.length > 24 || !MAY_BE_DEADLINE.test(text)) return null;
  const start = raw.indexOf(text);
  for (let i = 0; i < EXACT.length; i++) {
    const m = EXACT[i].exec(text);
    if (!m) continue;
    const value = FORMS[i].resolve(m, today);
    if (value) return found(value, text, start);
  }
  return null;
}
