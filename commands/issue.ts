import { itemLine, ledgerText, missingLines } from '../prompts/ledger.ts';
import { matchHousehold } from '../storage/households.ts';
import { addIssues, allocateIssueNos } from '../storage/issues.ts';
import type { Handler } from './handler.ts';
import { addDays, shanghaiDay } from '../core/shanghai-calendar.ts';
import { checkDates } from './ledger/check-dates.ts';
import { cleanOrNull, cleanText } from './ledger/clean-text.ts';
import { maskedReply } from './ledger/masked-reply.ts';
import { resolveVillage } from './ledger/resolve-village.ts';
import { tooLong } from './ledger/too-long.ts';
import { DEFAULT_DUE_DAYS } from './visit.ts';

const EXAMPLE = '#问题 三星村4组路灯坏了 由张主任负责 一周内';

/** `#问题`: items for the ledger without a visit. Villagers may report too; cadres assign them. */
export const issue: Handler = async (ctx) => {
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
};
