// The value after a key and a colon in a visit (`户主：王德福`, `地址：龙潭村第5组`,
// `方式：电话回访`, `备注：…`). Returns where reading stopped in the line.
import { isSummaryValue } from './parse-checks.ts';
import { parseVisitDate } from './parse-date.ts';
import { matchPlaceAt, normalizeGroup } from './parse-place.ts';
import { readBracketFields } from './read-visit-piece.ts';
import type { CivilDate } from '../../core/shanghai-calendar.ts';
import { isFieldSeparator } from './separators.ts';
import { pieceEnd } from './split-outside-brackets.ts';
import { setVisitDate, type VisitDraft } from './visit-draft.ts';
import { matchHouseholdCategory, matchMethod } from './visit-words.ts';
import { CHECK_WORDS, NOT_NAMES, type FieldKey } from './vocabulary.ts';

const NAME_VALUE = /^([\u4e00-\u9fff·A-Za-z]{1,8}?)(?:户|家)?(?:[(（]([^)）]*)[)）]?)?$/;
const GROUP_VALUE = /^第?([0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:组|社|队)?$/;
const PLAIN_VILLAGE = /^[\u4e00-\u9fff]{2,10}$/;
// For `住房：屋顶漏雨` (a check written with words instead of a mark).
const PROBLEM_WORDS = /不|没|无|未|缺|差|难|漏|坏|危|断|停|欠|困难|问题|故障/;
const SECURE_WORDS = /稳定|正常|达标|保障|良好|充足|安全|落实/;

function readHouseholdValue(value: string, draft: VisitDraft, today: CivilDate): void {
  const m = NAME_VALUE.exec(value);
  if (!m) return;
  const category = matchHouseholdCategory(m[0], true);
  // `户主：侯德全（枫香村6组，脱贫户）`: the bracket holds the other fields.
  if (m[2]) readBracketFields(m[2], draft, today);
  // `户主：脱贫户` is a category in the wrong box, never a name.
  if (category && !m[2]) {
    draft.category ??= category;
    return;
  }
  // After a key the position vouches for the name, so any surname will do; one character is no name.
  if (m[1].length > 1 && !NOT_NAMES.has(m[1])) draft.household ??= m[1];
}

function readPlaceValue(key: string, value: string, draft: VisitDraft): void {
  const place = matchPlaceAt(value, 0, { household: 'any' });
  if (place) {
    draft.village ??= place.village;
    draft.group ??= place.group;
    if (place.household) draft.household ??= place.household;
    return;
  }
  // `村：金竹` names the village without its suffix.
  if ((key === '村' || key === '村名') && PLAIN_VILLAGE.test(value)) draft.village ??= `${value}村`;
}

function readCheckValue(key: string, value: string, draft: VisitDraft): void {
  const check = CHECK_WORDS[key];
  if (PROBLEM_WORDS.test(value)) {
    draft.tally.mark(check, false, value);
    draft.lastCheck = check;
  } else if (SECURE_WORDS.test(value)) {
    draft.tally.mark(check, true, null);
  } else {
    draft.notes.push(`${key}：${value}`);
  }
}

export function readVisitField(
  field: FieldKey | 'check',
  key: string,
  line: string,
  start: number,
  draft: VisitDraft,
  today: CivilDate,
): number {
  if (field === 'satisfactionReason') {
    draft.satisfactionReason ??= line.slice(start).trim() || null;
    return line.length;
  }
  if (field === 'notes') {
    const value = line.slice(start).trim();
    if (isSummaryValue(value)) draft.tally.fill('rest');
    else if (value) draft.notes.push(value);
    return line.length;
  }
  const end = pieceEnd(line, start, isFieldSeparator);
  const value = line.slice(start, end).trim();
  if (!value) return end;
  switch (field) {
    case 'household':
      readHouseholdValue(value, draft, today);
      break;
    case 'place':
      readPlaceValue(key, value, draft);
      break;
    case 'group':
      draft.group ??= normalizeGroup(GROUP_VALUE.exec(value)?.[1] ?? '');
      break;
    case 'category':
      draft.category ??= matchHouseholdCategory(value, true);
      break;
    case 'method':
      draft.method ??= matchMethod(value, true);
      break;
    case 'date': {
      const date = parseVisitDate(value, today);
      if (date) setVisitDate(draft, value, date);
      else draft.notes.push(`${key}：${value}`);
      break;
    }
    case 'check':
      readCheckValue(key, value, draft);
      break;
    default:
      draft.notes.push(`${key}：${value}`);
  }
  return end;
}
