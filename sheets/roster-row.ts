import { HOUSEHOLD_CATEGORIES } from '../core/checkin.ts';
import { isValidIdCard } from './id-card.ts';
import type { RosterRecord } from '../storage/roster.ts';
import { rosterText } from '../prompts/roster.ts';
import { ROSTER_COLUMNS, type RosterField } from './roster-columns.ts';

/** One household of the roster, cleaned; `row` is the row number the person sees in Excel. */
export interface RosterRow extends RosterRecord {
  row: number;
}

export interface RowProblem {
  row: number;
  reason: string;
}

const NEEDS_TIDY = /[\uff01-\uff5e\s\u3000\u00a0]/;

/** Full-width letters and digits to half-width; spaces (including the ideographic one) out. */
function tidy(value: string | undefined): string {
  // Most cells need nothing done: a test allocates nothing, a replace makes a new string.
  if (!value || !NEEDS_TIDY.test(value)) return value ?? '';
  return value
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u00a0]+/g, '')
    .trim();
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 to a number; null when it is not one. */
function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || !text) return null;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]] : null;
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[3] ? DIGITS[m[3]] : 0);
}

/** `四组`, `第4组`, `4社`, `4` → `4组`, as check-ins write it; a named group (`龙井组`) stays. */
export function normalizeGroup(value: string): string | null {
  const v = tidy(value);
  if (!v) return null;
  const m = /^第?([0-9一二两三四五六七八九十]+)(组|社|村民小组)?$/.exec(v);
  const n = m ? chineseNumber(m[1]) : null;
  return n !== null && n > 0 ? `${n}组` : v;
}

const CATEGORY_WORDS: Array<[RegExp, string]> = [
  [/边缘|脱贫不稳定|突发严重困难|监测/, '监测户'],
  [/脱贫|建档立卡|贫困/, '脱贫户'],
  [/低保/, '低保户'],
  [/特困|五保|供养/, '特困户'],
  [/一般|普通|非贫困/, '一般户'],
];

/** The spec's five household categories; the other words for 监测户 map to it. */
export function normalizeCategory(value: string): string | null {
  const v = tidy(value);
  if ((HOUSEHOLD_CATEGORIES as readonly string[]).includes(v)) return v;
  for (const [re, category] of CATEGORY_WORDS) if (re.test(v)) return category;
  return null;
}

/**
 * The longest value a cell may hold, in characters (spaces not counted). Names are short;
 * a 9 KB "village" is a pasted mistake, and more than PostgreSQL can put in an index. A
 * column not listed here (a new one) gets DEFAULT_MAX, so every column is checked.
 */
export const FIELD_MAX: Partial<Record<RosterField, number>> = {
  township: 30,
  village: 30,
  group: 20,
  headName: 40,
  category: 30,
  idCard: 30,
  phone: 30,
  cadre: 20,
  cadrePhone: 30,
  cadreTitle: 30,
};
const DEFAULT_MAX = 100;

/** The cells longer than their column allows, as one reason; null when none is. */
function tooLong(cells: Partial<Record<RosterField, string>>): string | null {
  const over: string[] = [];
  for (const key in cells) {
    const field = key as RosterField;
    const value = cells[field];
    const max = FIELD_MAX[field] ?? DEFAULT_MAX;
    // Tidying only shortens a value: most cells are within the limit before it.
    if (!value || value.length <= max) continue;
    const length = [...tidy(value)].length;
    if (length > max) over.push(rosterText.tooLong(ROSTER_COLUMNS[field]?.header ?? field, length, max));
  }
  return over.length ? over.join('；') : null;
}

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

/**
 * Turns one row's cells into a roster household. Returns the problems that keep the row
 * out (`error`) and the ones that only drop a field (`warnings`), each with the row number.
 */
export function toRosterRow(
  row: number,
  cells: Partial<Record<RosterField, string>>,
): { value?: RosterRow; error?: string; warnings: string[] } {
  const warnings: string[] = [];
  const long = tooLong(cells);
  if (long) return { error: long, warnings };
  const village = tidy(cells.village);
  const headName = tidy(cells.headName).replace(/[（(].*?[）)]$/, '');
  if (!village) return { error: '缺少村名', warnings };
  if (!headName) return { error: '缺少户主姓名', warnings };
  if (/\d/.test(headName) || (headName.length > 20 && [...headName].length > 20))
    return { error: `户主“${headName.slice(0, 20)}”不像姓名`, warnings };

  const rawCategory = tidy(cells.category);
  const category = rawCategory ? normalizeCategory(rawCategory) : null;
  if (rawCategory && !category) warnings.push(`户类“${rawCategory}”不认识（应为 脱贫户/监测户/低保户/特困户/一般户），已留空`);

  const rawId = tidy(cells.idCard).toUpperCase();
  let idCard: string | null = null;
  if (rawId) {
    if (isValidIdCard(rawId)) idCard = rawId;
    else
      warnings.push(
        /E\+/.test(rawId)
          ? '身份证号被 Excel 存成了数字（末几位已丢失），请把该列设为文本后重填，已留空'
          : '身份证号位数或校验位不对，已留空',
      );
  }
  const phone = checkPhone(tidy(cells.phone), '联系电话', warnings);
  const cadrePhone = checkPhone(tidy(cells.cadrePhone), '责任人电话', warnings);
  return {
    value: {
      row,
      township: tidy(cells.township) || null,
      village,
      group: normalizeGroup(cells.group ?? ''),
      headName,
      category,
      idCard,
      phone,
      cadre: tidy(cells.cadre) || null,
      cadrePhone,
      cadreTitle: tidy(cells.cadreTitle) || null,
      cadreWechatId: tidy(cells.cadreWechatId) || null,
      cadreLarkId: tidy(cells.cadreLarkId) || null,
      cadreWecomId: tidy(cells.cadreWecomId) || null,
    },
    warnings,
  };
}

function checkPhone(value: string, label: string, warnings: string[]): string | null {
  if (!value) return null;
  const digits = value.replace(/^\+?86/, '').replace(/-/g, '');
  if (MOBILE.test(digits)) return digits;
  if (LANDLINE.test(value)) return value;
  warnings.push(`${label}格式不对，已留空`);
  return null;
}
