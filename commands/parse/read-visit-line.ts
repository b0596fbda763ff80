// Reads one line of a visit, left to right. A line may be a form line (`户主：王德福`), a
// one-liner (`王德福 三星村4组 脱贫户 收入√ … 住房×（漏雨） 需维修 @李书记 3天内`) or a mix.
// Before the first check, unknown pieces are notes; after it, the first piece that is no
// field starts the free tail, which is one ledger item to the end of the line.
import { matchCheckAt, matchSummaryAt } from './parse-checks.ts';
import { parseVisitDate } from './parse-date.ts';
import { itemEnd, matchItemKey } from './item-keys.ts';
import { isPersonName, matchPlaceAt } from './parse-place.ts';
import { readVisitField } from './read-visit-field.ts';
import type { CivilDate } from './shanghai-date.ts';
import { firstCodes, isFieldSeparator } from './separators.ts';
import { pieceEnd } from './split-outside-brackets.ts';
import { addItem, attachToLastItem, type VisitDraft } from './visit-draft.ts';
import { fieldOfKey, matchHouseholdCategory, matchMethod } from './visit-words.ts';
import { FIELD_KEYS, alternation } from './vocabulary.ts';

const FOLLOW_KEY_AT = new RegExp(`(?:${alternation([...FIELD_KEYS.assignee, ...FIELD_KEYS.due])})(?=\\s*[:：]|[\\u4e00-\\u9fff0-9])`, 'y');
const KEY_AT = /([\u4e00-\u9fff]{1,6}?)\s*[:：]\s*/y;
const BRACKET_ONLY = /^[(（]([^)）]*)[)）]$/;
const NAME_WITH_SUFFIX = /^([\u4e00-\u9fff·]{2,4})(?:家|户)$/;
const NAME_WITH_BRACKET = /^([\u4e00-\u9fff·]{2,4})[(（]([^)）]*)[)）]$/;
/** `户主王德福` with the colon left out. */
const NAME_AFTER_KEY = /^(?:户主|农户|走访对象|对象)([\u4e00-\u9fff·]{2,4})$/;
/** `问题：无` says there is none. */
const NO_PROBLEM = /^(?:无|没有|暂无|无问题|没问题|否|\/)?$/;

const FOLLOW_FIRST = firstCodes([...FIELD_KEYS.assignee, ...FIELD_KEYS.due]);
/** Keys are at most six characters, so a colon further away cannot end one. */
const KEY_REACH = 8;

function hasColonNear(line: string, pos: number): boolean {
  const end = Math.min(line.length, pos + KEY_REACH);
  for (let i = pos; i < end; i++) if (line[i] === '：' || line[i] === ':') return true;
  return false;
}

function skip(line: string, pos: number): number {
  while (pos < line.length && isFieldSeparator(line.charCodeAt(pos))) pos++;
  return pos;
}

function addExplicitItem(draft: VisitDraft, raw: string, label: string | null, tail: boolean): void {
  if (!NO_PROBLEM.test(raw.trim())) addItem(draft, raw, label, tail);
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
    // `王德福（三星村4组）`, `王德福（脱贫户）`: the bracket holds another field.
    draft.household = bracketed[1];
    const inner = bracketed[2].trim();
    if (inner && !readPiece(inner, draft, today)) draft.notes.push(inner);
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
function readPiece(token: string, draft: VisitDraft, today: CivilDate, placeFirst = true): boolean {
  const afterChecks = draft.tally.count > 0;
  const bracket = BRACKET_ONLY.exec(token);
  if (bracket && draft.lastCheck && draft.tally.addReason(draft.lastCheck, bracket[1].trim())) return true;
  const date = parseVisitDate(token, today);
  if (date) {
    draft.visitedOn ??= date;
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

export function readVisitLine(line: string, draft: VisitDraft, today: CivilDate): void {
  let pos = skip(line, 0);
  while (pos < line.length) {
    const item = matchItemKey(line, pos);
    if (item) {
      const end = itemEnd(line, item.end);
      addExplicitItem(draft, line.slice(item.end, end), item.label, false);
      pos = skip(line, end);
      continue;
    }
    FOLLOW_KEY_AT.lastIndex = pos;
    if (FOLLOW_FIRST.has(line.charCodeAt(pos)) && FOLLOW_KEY_AT.test(line)) return attachToLastItem(draft, line.slice(pos));

    const summary = matchSummaryAt(line, pos);
    if (summary) {
      draft.tally.fill(summary.summary);
      draft.pieces++;
      pos = skip(line, summary.end);
      continue;
    }
    const check = matchCheckAt(line, pos);
    if (check) {
      draft.tally.mark(check.key, check.ok, check.reason);
      draft.lastCheck = check.key;
      draft.pieces++;
      pos = skip(line, check.end);
      continue;
    }

    KEY_AT.lastIndex = pos;
    const key = hasColonNear(line, pos) ? KEY_AT.exec(line) : null;
    const field = key ? fieldOfKey(key[1]) : undefined;
    if (key && field) {
      pos = skip(line, readVisitField(field, key[1], line, pos + key[0].length, draft, today));
      draft.pieces++;
      continue;
    }

    let end = pieceEnd(line, pos, isFieldSeparator);
    const token = line.slice(pos, end);
    if (key) {
      // A key we do not know (`家庭人口：4`): keep what was written.
      draft.notes.push(token);
    } else if (!readPiece(token, draft, today)) {
      if (draft.tally.count > 0) {
        end = itemEnd(line, pos);
        addExplicitItem(draft, line.slice(pos, end), null, true);
      } else {
        draft.notes.push(token);
      }
    }
    draft.pieces++;
    pos = skip(line, end);
  }
}
