import { itemLine, ledgerText, missingLines } from '../prompts/ledger.ts';
import { matchHousehold } from '../storage/households.ts';
import { addIssues, allocateIssueNos } from '../storage/issues.ts';
import type { ParsedIssue, ParseWarning } from '../core/checkin.ts';
import { toIso, type CivilDate } from '../core/shanghai-calendar.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { issueManual } from '../prompts/manual/issue.ts';
import { helpLines } from '../prompts/help.ts';
import { defineCommand, type Parsed } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { splitConfirmation } from './parse/confirm-marker.ts';
import { dateWarnings } from './parse/date-warnings.ts';
import { startsWithPlaceOrName } from './parse/glued-text.ts';
import { parseIssueCommand } from './parse/parse-issue.ts';
import { addDays, shanghaiDay } from '../core/shanghai-calendar.ts';
import { checkDates } from './ledger/check-dates.ts';
import { cleanOrNull, cleanText } from './ledger/clean-text.ts';
import { maskedReply } from './ledger/masked-reply.ts';
import { resolveVillage } from './ledger/resolve-village.ts';
import { tooLong } from './ledger/too-long.ts';
import { DEFAULT_DUE_DAYS } from './visit.ts';

const EXAMPLE = '#问题 三星村4组路灯坏了 由张主任负责 一周内';

export interface IssueParsed extends Parsed<'issue'> {
  issues: ParsedIssue[];
  /** The place and household when the text names them (`三星村4组王德福家…`). */
  village: string | null;
  group: string | null;
  household: string | null;
  warnings: ParseWarning[];
  confirmed: boolean;
}

/** Reads the text of a report: also how a progress note's `时限…` / `责任人…` is read (commands/ledger/note-changes.ts). */
export function parseIssueBody(body: string, today: CivilDate): IssueParsed {
  const { body: rest, confirmed } = splitConfirmation(body);
  const { issues, errors, village, group, household } = parseIssueCommand(rest, today);
  const warnings = dateWarnings(null, issues, toIso(today));
  return { kind: 'issue', ok: errors.length === 0, errors, issues, village, group, household, warnings, confirmed };
}

/** `#问题`: items for the ledger without a visit. Villagers may report too; cadres assign them. */
export const issue = defineCommand({
  kind: 'issue',
  words: ['问题', '诉求', '上报'],
  roles: ['villager', 'cadre', 'leader', 'admin'],
  label: commandLabels.issue,
  help: helpLines.issue,
  manual: issueManual,
  takesGlued: startsWithPlaceOrName,
  parse: parseIssueBody,
  handle: reportIssue,
});

async function reportIssue(ctx: HandlerContext<IssueParsed>): Promise<HandlerResult> {
  const { tx, parsed, msg, sender, now, inboxId } = ctx;
  const long = tooLong(msg.text);
  if (long) return long;
  const wanted = parsed.issues.filter((i) => cleanText(i.description));
  if (!wanted.length) return { replies: [{ text: ledgerText.needIssue }], status: 'rejected', reason: 'issue: no description' };
  // A deadline that does not exist, or one already past and not confirmed: nothing is stored yet.
  const dates = checkDates(parsed, msg, 'issue');
  if (dates) return dates;
  const scope = await resolveVillage(ctx, parsed.village, { purpose: 'report', example: EXAMPLE });
  if (scope.result) return scope.result;
  const village = scope.village;

  const firstNo = await allocateIssueNos(tx, village.id, wanted.length);
  const householdName = cleanOrNull(parsed.household);
  // Only an exact roster match links the household; a report is not the place to ask 是不是.
  const match = householdName ? await matchHousehold(tx, village.id, householdName, parsed.group) : null;
  const onRoster = match?.kind === 'exact' ? match.household : null;
  const group = parsed.group ?? onRoster?.group ?? null;
  const items = await addIssues(
    tx,
    village.id,
    wanted.map((i) => ({
      category: i.category,
      description: cleanText(i.description),
      assignee: cleanOrNull(i.assignee),
      dueOn: i.dueOn,
      source: 'report' as const,
      householdId: onRoster?.id ?? null,
      householdName,
      group,
      reportedBy: sender.name,
      reportedById: sender.id,
      inboxId,
      createdAt: now,
    })),
    firstNo,
  );
  const villager = sender.role === 'villager';
  const where = [`${village.name}${group ?? ''}`, householdName].filter(Boolean).join(' ');
  const lines = [ledgerText.issueAdded(where, villager), ...items.map(itemLine)];
  if (villager) lines.push(ledgerText.villagerNext);
  else lines.push(...missingLines(items, addDays(shanghaiDay(now), DEFAULT_DUE_DAYS), DEFAULT_DUE_DAYS));
  return { replies: [maskedReply(lines.join('\n'))] };
}
