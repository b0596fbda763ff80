// `#问题 …` / `#诉求 …` / `#上报 …`: ledger items reported without a visit. The whole text is
// one item unless it is written as `问题1：` / `问题2：` lines; `责任人：` and `时限：` lines
// belong to the item above them. The place and household come from `村组：` / `户主：` lines
// or from where the text starts (`三星村4组王德福家屋顶漏雨`).
import { missingDescription } from './error-messages.ts';
import { matchItemKey } from './item-keys.ts';
import { buildIssue } from './parse-issue-text.ts';
import { isPersonName, matchPlaceAt, type Place } from './parse-place.ts';
import { isWordSeparator } from './separators.ts';
import type { CivilDate } from '../../core/shanghai-calendar.ts';
import { splitOutsideBrackets } from './split-outside-brackets.ts';
import type { ParsedIssue, ParseError } from '../../core/checkin.ts';
import { fieldOfKey } from './visit-words.ts';

const LEAD_LABEL = /^\s*[(（]([^)）]{1,8})[)）]\s*[:：]?\s*/;
const FIELD_LINE = /^\s*([\u4e00-\u9fff]{1,6}?)\s*[:：]\s*(.*)$/;
const NAME_VALUE = /^([\u4e00-\u9fff·]{2,4}?)(?:户|家)?$/;
const NAME_FIRST = /^([\u4e00-\u9fff·]{2,4}?)(?:家|户)(?!主)/;
/** `侯德全（枫香村6组，脱贫户）屋顶漏雨`: the household with its place in brackets. */
const NAME_THEN_BRACKET = /^([\u4e00-\u9fff·]{2,4})[(（]([^)）]*)[)）]/;
/** A place is looked for only in the first few pieces: that is where people put it. */
const PLACE_SEARCH_PIECES = 4;

export interface IssueParse {
  issues: ParsedIssue[];
  errors: ParseError[];
  village: string | null;
  group: string | null;
  household: string | null;
}

/** The first place in the text's leading pieces (`三星村4组王德福家屋顶漏雨` → 三星村, 4组, 王德福). */
export function findLeadingPlace(text: string): Place | null {
  const pieces = splitOutsideBrackets(text, isWordSeparator).slice(0, PLACE_SEARCH_PIECES);
  for (const piece of pieces) {
    const place = matchPlaceAt(piece.text, 0, { household: 'surname' });
    if (place) return place;
  }
  return null;
}

/** `王德福家屋顶漏雨` with no place in front: the household still leads. */
function leadingHousehold(text: string): string | null {
  const m = NAME_FIRST.exec(text.trim());
  return m && isPersonName(m[1], true) ? m[1] : null;
}

/** The household and place of a report that starts `侯德全（枫香村6组）…`. */
function bracketedHousehold(text: string): { household: string; place: Place | null } | null {
  const m = NAME_THEN_BRACKET.exec(text.trim());
  if (!m || !isPersonName(m[1], false)) return null;
  const pieces = splitOutsideBrackets(m[2], isWordSeparator);
  const place = pieces.map((p) => matchPlaceAt(p.text.trim(), 0, { household: 'none' })).find((p) => p !== null) ?? null;
  return place ? { household: m[1], place } : null;
}

export function parseIssueCommand(body: string, today: CivilDate): IssueParse {
  const items: { raw: string; label: string | null }[] = [];
  const keyed: { place: Place | null; household: string | null } = { place: null, household: null };
  let text = body;
  const lead = LEAD_LABEL.exec(text);
  if (lead) text = text.slice(lead[0].length);
  for (const line of text.split('\n')) {
    const start = line.length - line.trimStart().length;
    if (start === line.length) continue;
    const key = matchItemKey(line, start);
    if (key) {
      items.push({ raw: line.slice(key.end), label: key.label });
      continue;
    }
    const field = FIELD_LINE.exec(line);
    const kind = field ? fieldOfKey(field[1]) : undefined;
    if (field && kind === 'place') {
      keyed.place ??= matchPlaceAt(field[2].trim(), 0, { household: 'any' });
    } else if (field && kind === 'household') {
      keyed.household ??= NAME_VALUE.exec(field[2].trim())?.[1] ?? null;
    } else if (field && (kind === 'category' || kind === 'method' || kind === 'date' || kind === 'group')) {
      // Visit fields in a report say nothing about the item itself.
    } else if (items.length === 0) {
      items.push({ raw: line, label: lead?.[1] ?? null });
    } else {
      items[items.length - 1].raw += `，${line.trim()}`;
    }
  }
  const first = items[0]?.raw ?? '';
  const bracketed = bracketedHousehold(first);
  const place = keyed.place ?? bracketed?.place ?? findLeadingPlace(first);
  const household = keyed.household ?? bracketed?.household ?? place?.household ?? leadingHousehold(first);
  const people = household ? [household] : [];
  const built = items.map((i) => buildIssue(i.raw, today, { label: i.label, people }));
  const issues = built.map((b) => b.issue).filter((i) => i.description);
  const dateErrors = built.flatMap((b) => b.errors);
  return {
    issues,
    errors: issues.length ? dateErrors : [missingDescription(), ...dateErrors],
    village: place?.village ?? null,
    group: place?.group ?? null,
    household,
  };
}
