import { visitReceipt, visitText } from '../prompts/visit.ts';
import { matchHousehold } from '../storage/households.ts';
import { addIssues, allocateIssueNos } from '../storage/issues.ts';
import { addVisit } from '../storage/visits.ts';
import type { ParsedIssue, ParsedVisit, ParseWarning } from '../core/checkin.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { visitManual } from '../prompts/manual/visit.ts';
import { helpLines } from '../prompts/help.ts';
import { defineCommand, type Parsed } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { splitConfirmation } from './parse/confirm-marker.ts';
import { dateWarnings } from './parse/date-warnings.ts';
import { startsWithPlaceOrName } from './parse/glued-text.ts';
import { parseVisit } from './parse/parse-visit.ts';
import { toIso } from '../core/shanghai-calendar.ts';
import { addDays, shanghaiDay } from '../core/shanghai-calendar.ts';
import { checkDates } from './ledger/check-dates.ts';
import { cleanOrNull, cleanText } from './ledger/clean-text.ts';
import { maskedReply } from './ledger/masked-reply.ts';
import { resolveVillage } from './ledger/resolve-village.ts';
import { tooLong } from './ledger/too-long.ts';

/** The deadline a receipt suggests for an item written without one. */
export const DEFAULT_DUE_DAYS = 15;

export interface VisitParsed extends Parsed<'visit'> {
  visit: ParsedVisit;
  issues: ParsedIssue[];
  /** Dates to ask about before storing: a deadline already past, a visit dated ahead. */
  warnings: ParseWarning[];
  /** The message ends in `确认`: the sender stands by those dates. */
  confirmed: boolean;
}

/**
 * `#走访`: one household visit (民情日记) and the problems found, recorded together; the
 * receipt numbers each new ledger item and says what is still missing.
 */
export const visit = defineCommand({
  kind: 'visit',
  words: ['走访', '入户', '民情日记', '走访打卡', '打卡', '入户走访'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.visit,
  help: helpLines.visit,
  manual: visitManual,
  // 打卡 is everyone's word for a daily check-in (学习强国, 运动): never offered as a correction.
  neverSuggested: ['打卡'],
  takesGlued: startsWithPlaceOrName,
  parse(body, today): VisitParsed {
    const { body: rest, confirmed } = splitConfirmation(body);
    const { visit, issues, errors } = parseVisit(rest, today);
    const warnings = dateWarnings(visit, issues, toIso(today));
    return { kind: 'visit', ok: errors.length === 0, errors, visit, issues, warnings, confirmed };
  },
  handle: recordVisit,
});

async function recordVisit(ctx: HandlerContext<VisitParsed>): Promise<HandlerResult> {
  const { tx, parsed, msg, sender, now, inboxId } = ctx;
  const long = tooLong(msg.text);
  if (long) return long;
  const v = parsed.visit;
  const household = cleanOrNull(v?.household);
  if (!v || !household) {
    const hint = parsed.errors.find((e) => e.field === 'household')?.message ?? null;
    return {
      replies: [{ text: visitText.needHousehold(hint) }],
      status: 'rejected',
      reason: `visit: ${parsed.errors.map((e) => e.field).join(',') || 'household'} missing`,
    };
  }
  // A date that does not exist, or one to confirm (visit ahead, deadline past): nothing is stored yet.
  const dates = checkDates(parsed, msg, 'visit');
  if (dates) return dates;
  if (!parsed.ok) {
    return {
      replies: [{ text: visitText.fix(parsed.errors.map((e) => e.message)) }],
      status: 'rejected',
      reason: `visit: ${parsed.errors.map((e) => e.field).join(',')} invalid`,
    };
  }
  const scope = await resolveVillage(ctx, v.village, { purpose: 'act', example: visitText.example });
  if (scope.result) return scope.result;
  const village = scope.village;

  // Numbers first: the village row lock is the first lock every check-in takes (no deadlocks).
  const firstNo = parsed.issues.length ? await allocateIssueNos(tx, village.id, parsed.issues.length) : 0;
  const match = await matchHousehold(tx, village.id, household, v.group);
  const onRoster = match.kind === 'exact' ? match.household : null;
  const flag = match.kind === 'near-miss' || match.kind === 'not-in-roster' ? match.kind : null;
  const group = v.group ?? onRoster?.group ?? null;
  const category = v.category ?? onRoster?.category ?? null;

  const visitId = await addVisit(tx, {
    villageId: village.id,
    householdId: onRoster?.id ?? null,
    householdName: household,
    group,
    category,
    method: v.method,
    visitedOn: v.visitedOn,
    checks: v.checks,
    notes: cleanOrNull(v.notes),
    satisfaction: v.satisfaction,
    satisfactionReason: v.satisfaction ? cleanOrNull(v.satisfactionReason) : null,
    flag,
    cadreId: sender.id,
    inboxId,
    createdAt: now,
  });
  const items = await addIssues(
    tx,
    village.id,
    parsed.issues.map((i) => ({
      category: i.category,
      description: cleanText(i.description) || i.category,
      assignee: cleanOrNull(i.assignee),
      dueOn: i.dueOn,
      source: 'visit' as const,
      // 微心愿 comes only from the visit's own field: an item of its own kind, closed when fulfilled.
      kind: i.category === '微心愿' ? ('wish' as const) : null,
      visitId,
      householdId: onRoster?.id ?? null,
      householdName: household,
      group,
      reportedBy: sender.name,
      reportedById: sender.id,
      inboxId,
      createdAt: now,
    })),
    firstNo || undefined,
  );

  const today = shanghaiDay(now);
  const text = visitReceipt({
    household,
    village: village.name,
    group,
    category,
    visitedOn: v.visitedOn,
    method: v.method,
    checks: v.checks,
    match: match.kind,
    suggestions: match.kind === 'near-miss' ? match.suggestions.map((h) => h.headName) : [],
    items,
    suggestedDue: addDays(today, DEFAULT_DUE_DAYS),
    suggestedDays: DEFAULT_DUE_DAYS,
    // A verdict is named only in a private chat; a group hears that it was recorded.
    satisfaction: v.satisfaction
      ? {
          level: v.satisfaction,
          reason: cleanOrNull(v.satisfactionReason),
          private: msg.isPrivate ?? false,
          revisitBy: v.satisfaction === '不满意' ? addDays(v.visitedOn, ctx.settings.UNSATISFIED_REVISIT_DAYS) : null,
        }
      : null,
  });
  return { replies: [maskedReply(text)], reason: flag ? `household ${flag}` : undefined };
}
