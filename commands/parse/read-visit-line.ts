// Reads one line of a visit, left to right. A line may be a form line (`户主：王德福`), a
// one-liner (`王德福 三星村4组 脱贫户 收入√ … 住房×（漏雨） 需维修 @李书记 3天内`) or a mix.
// Before the first check, unknown pieces are notes; after it, the first piece that is no
// field starts the free tail, which is one ledger item to the end of the line.
import { matchCheckAt, matchSummaryAt } from './parse-checks.ts';
import { itemEnd, matchItemKey } from './item-keys.ts';
import { matchSatisfactionAt } from './read-satisfaction.ts';
import { readVisitField } from './read-visit-field.ts';
import { nameBracketEnd, readPiece } from './read-visit-piece.ts';
import type { CivilDate } from '../../core/shanghai-calendar.ts';
import { firstCodes, isFieldSeparator } from './separators.ts';
import { pieceEnd } from './split-outside-brackets.ts';
import { addItem, attachToLastItem, type VisitDraft } from './visit-draft.ts';
import { fieldOfKey } from './visit-words.ts';
import { FIELD_KEYS, alternation } from './vocabulary.ts';

const FOLLOW_KEY_AT = new RegExp(`(?:${alternation([...FIELD_KEYS.assignee, ...FIELD_KEYS.due])})(?=\\s*[:：]|[\\u4e00-\\u9fff0-9])`, 'y');
const KEY_AT = /([\u4e00-\u9fff]{1,6}?)\s*[:：]\s*/y;
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

function addExplicitItem(draft: VisitDraft, raw: string, label: string | null, tail: boolean, wish = false): void {
  if (!NO_PROBLEM.test(raw.trim())) addItem(draft, raw, label, tail, wish);
}

/** `满意度：不满意（…）` or `满意度：不满意：…`; returns where reading stopped. */
function readSatisfaction(line: string, pos: number, draft: VisitDraft): number | null {
  const hit = matchSatisfactionAt(line, pos);
  if (!hit) return null;
  let end = hit.end;
  let reason = hit.reason;
  if (hit.reasonFrom !== null) {
    end = itemEnd(line, hit.reasonFrom);
    reason = line.slice(hit.reasonFrom, end).trim() || null;
  }
  draft.satisfaction ??= hit.level;
  draft.satisfactionReason ??= reason;
  return end;
}

export function readVisitLine(line: string, draft: VisitDraft, today: CivilDate): void {
  let pos = skip(line, 0);
  while (pos < line.length) {
    const item = matchItemKey(line, pos);
    if (item) {
      const end = itemEnd(line, item.end);
      addExplicitItem(draft, line.slice(item.end, end), item.label, false, item.wish);
      pos = skip(line, end);
      continue;
    }
    const satisfied = readSatisfaction(line, pos, draft);
    if (satisfied !== null) {
      draft.pieces++;
      pos = skip(line, satisfied);
      continue;
    }
    FOLLOW_KEY_AT.lastIndex = pos;
    if (FOLLOW_FIRST.has(line.charCodeAt(pos)) && FOLLOW_KEY_AT.test(line)) {
      attachToLastItem(draft, line.slice(pos));
      return;
    }

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
    end = nameBracketEnd(line, pos, end) ?? end;
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
