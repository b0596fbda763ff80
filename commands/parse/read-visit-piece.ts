// One piece of a visit between separators (`王德福`, `三星村4组`, `脱贫户`, `电话回访`, `昨天`,
// `侯德全（枫香村6组，脱贫户）`) and the one field it fills.
import { parseVisitDate } from './parse-date.ts';
import { isPersonName, matchPlaceAt } from './parse-place.ts';
import { matchSatisfactionAlone } from './read-satisfaction.ts';
import type { CivilDate } from '../../core/shanghai-calendar.ts';
import { isFieldSeparator } from './separators.ts';
import { splitOutsideBrackets } from './split-outside-brackets.ts';
import { setVisitDate, type VisitDraft } from './visit-draft.ts';
import { matchHouseholdCategory, matchMethod } from './visit-words.ts';

const BRACKET_ONLY = /^[(（]([^)）]*)[)）]$/;
const NAME_WITH_SUFFIX = /^([\u4e00-\u9fff·]{2,4})(?:家|户)$/;
const NAME_WITH_BRACKET = /^([\u4e00-\u9fff·]{2,4})[(（]([^)）]*)[)）]$/;
/** `户主王德福` with the colon left out. */
const NAME_AFTER_KEY = /^(?:户主|农户|走访对象|对象)([\u4e00-\u9fff·]{2,4})$/;
const NAME_THEN_BRACKET = /([\u4e00-\u9fff·]{2,4})[(（][^)）]*[)）]/y;

/**
 * `侯德全（枫香村6组，脱贫户）方式：电话`: a name and its bracket end a piece even when the
 * next field follows without a space. Returns where the bracket closes, or null.
 */
export function nameBracketEnd(line: string, pos: number, pieceEnd: number): number | null {
  NAME_THEN_BRACKET.lastIndex = pos;
  const m = NAME_THEN_BRACKET.exec(line);
  if (!m || NAME_THEN_BRACKET.lastIndex >= pieceEnd || !isPersonName(m[1], false)) return null;
  return NAME_THEN_BRACKET.lastIndex;
}

/** What a bracket after a name holds: the other fields (`枫香村6组，脱贫户`); what fills none is a note. */
export function readBracketFields(inner: string, draft: VisitDraft, today: CivilDate): void {
  for (const piece of splitOutsideBrackets(inner, isFieldSeparator)) {
    if (!readPiece(piece.text, draft, today)) draft.notes.push(piece.text);
  }
}

/** A household written as a piece of its own: `王德福`, `王德福户`, `王德福（脱贫户）`. */
function readHousehold(token: string, draft: VisitDraft, today: CivilDate): boolean {
  if (draft.household) return false;
  const needSurname = draft.pieces > 0;
  const keyed = NAME_AFTER_KEY.exec(token);
  if (keyed && isPersonName(keyed[1], false)) {
    draft.household = keyed[1];
    return true;
  }
  const suffixed = NAME_WITH_SUFFIX.exec(token);
  if (suffixed && isPersonName(suffixed[1], needSurname)) {
    draft.household = suffixed[1];
    return true;
  }
  const bracketed = NAME_WITH_BRACKET.exec(token);
  if (bracketed && isPersonName(bracketed[1], needSurname)) {
    // `王德福（三星村4组）`, `王德福（脱贫户）`: the bracket holds other fields.
    draft.household = bracketed[1];
    readBracketFields(bracketed[2], draft, today);
    return true;
  }
  if (!isPersonName(token, needSurname)) return false;
  if (!needSurname && !isPersonName(token, true)) draft.nameCandidate = token;
  else draft.household = token;
  return true;
}

/** What follows a place in the same piece: `三星村4组王德福`, `三星村4组脱贫户`. */
function readPlaceRest(rest: string, draft: VisitDraft, today: CivilDate): void {
  if (!draft.household && isPersonName(rest, false)) draft.household = rest;
  else if (!readPiece(rest, draft, today, false)) draft.notes.push(rest);
}

/**
 * One piece between separators; false when it fills no field. `placeFirst` is off for what
 * follows a place in the same piece, so `三星村三星村…` cannot recurse without end.
 */
export function readPiece(token: string, draft: VisitDraft, today: CivilDate, placeFirst = true): boolean {
  const afterChecks = draft.tally.count > 0;
  const bracket = BRACKET_ONLY.exec(token);
  if (bracket && draft.lastCheck && draft.tally.addReason(draft.lastCheck, bracket[1].trim())) return true;
  const date = parseVisitDate(token, today);
  if (date) {
    setVisitDate(draft, token, date);
    return true;
  }
  const verdict = matchSatisfactionAlone(token);
  if (verdict) {
    draft.satisfaction ??= verdict.level;
    draft.satisfactionReason ??= verdict.reason;
    return true;
  }
  const category = matchHouseholdCategory(token, !afterChecks && token.length <= 8);
  if (category) {
    draft.category ??= category;
    return true;
  }
  const method = matchMethod(token, false);
  if (method) {
    draft.method ??= method;
    return true;
  }
  const place = placeFirst ? matchPlaceAt(token, 0, { household: 'any' }) : null;
  if (place && (!afterChecks || place.end === token.length)) {
    draft.village ??= place.village;
    draft.group ??= place.group;
    if (place.household) draft.household ??= place.household;
    const rest = token.slice(place.end);
    if (rest) readPlaceRest(rest, draft, today);
    return true;
  }
  return !afterChecks && readHousehold(token, draft, today);
}
