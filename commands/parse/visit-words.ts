// Single words of a visit that fill one field each: the household category, the method,
// and the key words written before a colon.
import type { HouseholdCategory, VisitMethod } from '../../core/checkin.ts';
import {
  CHECK_WORDS,
  FIELD_KEYS,
  HOUSEHOLD_CATEGORY_WORDS,
  METHOD_SUFFIXES,
  METHOD_WORDS,
  alternation,
  type FieldKey,
} from './vocabulary.ts';

const CATEGORY_ANYWHERE = new RegExp(alternation(Object.keys(HOUSEHOLD_CATEGORY_WORDS)));
const CATEGORY_EXACT = new RegExp(`^(?:${alternation(Object.keys(HOUSEHOLD_CATEGORY_WORDS))})$`);
const METHOD_EXACT = new RegExp(`^(${alternation(Object.keys(METHOD_WORDS))})(?:${alternation(METHOD_SUFFIXES)})?$`);
const METHOD_ANYWHERE = new RegExp(alternation(Object.keys(METHOD_WORDS)));

/** `脱贫不稳定户` → 监测户. `anywhere` also finds it inside a longer piece (`类型：脱贫户（已享受政策）`). */
export function matchHouseholdCategory(text: string, anywhere: boolean): HouseholdCategory | null {
  const m = (anywhere ? CATEGORY_ANYWHERE : CATEGORY_EXACT).exec(text);
  return m ? HOUSEHOLD_CATEGORY_WORDS[m[0]] : null;
}

/** `电话回访` → 电话, `微信联系` → 线上. `anywhere` is for a value after `方式：`. */
export function matchMethod(text: string, anywhere: boolean): VisitMethod | null {
  if (anywhere) {
    const m = METHOD_ANYWHERE.exec(text);
    return m ? METHOD_WORDS[m[0]] : null;
  }
  const m = METHOD_EXACT.exec(text);
  return m ? METHOD_WORDS[m[1]] : null;
}

const KEY_FIELD = new Map<string, FieldKey | 'check'>();
for (const [field, keys] of Object.entries(FIELD_KEYS) as [FieldKey, readonly string[]][]) {
  for (const key of keys) KEY_FIELD.set(key, field);
}
for (const key of Object.keys(CHECK_WORDS)) KEY_FIELD.set(key, 'check');

/** The field a key before a colon fills (`户主` → household, `饮水安全` → a check), or undefined. */
export function fieldOfKey(key: string): FieldKey | 'check' | undefined {
  return KEY_FIELD.get(key);
}
