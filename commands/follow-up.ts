import { closeOutText } from '../prompts/close-out.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { helpLines } from '../prompts/help.ts';
import { itemLine } from '../prompts/ledger.ts';
import { followUpManual } from '../prompts/manual/follow-up.ts';
import { shanghaiDay } from '../core/shanghai-calendar.ts';
import { recordFollowUp, recordRebound } from '../storage/follow-ups.ts';
import { defineCommand } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { findTarget } from './ledger/find-target.ts';
import { maskedReply } from './ledger/masked-reply.ts';
import { startsWithTarget } from './parse/glued-text.ts';
import { readFollowUp, type FollowUpParsed } from './parse/read-follow-up.ts';

/**
 * `#回访 12 正常` (回头看): a closed item checked again, usually when the weekly inspection lists
 * it as 待回访. `#回访 12 反弹 又漏雨了` opens a new item for the same household and category,
 * linked to the old one.
 */
export const followUp = defineCommand({
  kind: 'followUp',
  words: ['回访', '回头看'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.followUp,
  help: helpLines.followUp,
  manual: followUpManual,
  takesGlued: startsWithTarget,
  parse: readFollowUp,
  handle: recordVisitBack,
});

async function recordVisitBack(ctx: HandlerContext<FollowUpParsed>): Promise<HandlerResult> {
  const found = await findTarget(ctx, '回访');
  if (found.result) return found.result;
  const { issue } = found;
  const { sender, now, tx, parsed } = ctx;
  const reject = (text: string, reason: string): HandlerResult => ({ replies: [{ text }], status: 'rejected', reason });
  if (issue.status !== 'closed') return reject(closeOutText.followUpNotClosed(issue.no), `follow-up #${issue.no}: ${issue.status}`);
  if (!parsed.outcome) return reject(closeOutText.needFollowUpOutcome(issue.no), `follow-up #${issue.no}: no outcome`);
  const input = { satisfaction: parsed.satisfaction, text: parsed.text, by: sender.name, byId: sender.id, at: now };
  if (parsed.outcome === 'normal') {
    await recordFollowUp(tx, issue.id, { ...input, outcome: 'normal' });
    return { replies: [maskedReply(closeOutText.followUpSaved(issue.no, sender.name, shanghaiDay(now), parsed.satisfaction))] };
  }
  if (!parsed.text) return reject(closeOutText.needReboundText(issue.no), `follow-up #${issue.no}: rebound without text`);
  const no = await recordRebound(tx, issue.id, { ...input, outcome: 'rebound', description: parsed.text });
  const line = itemLine({ no, category: issue.category, description: parsed.text, assignee: null, dueOn: null });
  return { replies: [maskedReply(closeOutText.reboundOpened(issue.no, no, line))] };
}
