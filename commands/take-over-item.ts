import { commandLabels } from '../prompts/command-labels.ts';
import { escalationText as t } from '../prompts/escalation.ts';
import { helpLines } from '../prompts/help.ts';
import { takeOverManual } from '../prompts/manual/take-over.ts';
import { chatsOfVillage } from '../storage/groups.ts';
import { takeIssue } from '../storage/issues.ts';
import type { Reply } from '../core/reply.ts';
import type { Sender } from '../storage/members.ts';
import { defineCommand } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { findTarget } from './ledger/find-target.ts';
import { maskedReply } from './ledger/masked-reply.ts';
import type { VillageScope } from './ledger/resolve-village.ts';
import { startsWithTarget } from './parse/glued-text.ts';
import { readTarget, type TargetParsed } from './parse/read-target.ts';

/**
 * `#接办 三星村 12`: a township cadre or leader takes on an item a village passed up (#上报).
 * They become its 责任人 (the one before is kept in its history) and the village's groups are
 * told who took it. The village's own cadres cannot take it: it went up because they could not.
 */
export const takeOver = defineCommand({
  kind: 'takeOver',
  words: ['接办'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.takeOver,
  help: helpLines.takeOver,
  manual: takeOverManual,
  refused: (name) => t.townshipOnly(name),
  takesGlued: startsWithTarget,
  parse: (body): TargetParsed<'takeOver'> => readTarget('takeOver', body),
  handle: takeOverItem,
});

/** Someone above the village: an admin, or a township-level member of the village's township. */
function isTownshipSide(sender: Sender, village: VillageScope): boolean {
  if (sender.role === 'admin') return true;
  if (sender.villageId !== null) return false;
  return sender.townshipId === null || sender.townshipId === village.townshipId;
}

async function takeOverItem(ctx: HandlerContext<TargetParsed<'takeOver'>>): Promise<HandlerResult> {
  const found = await findTarget(ctx, '接办');
  if (found.result) return found.result;
  const { issue, village } = found;
  const { tx, sender, now, msg } = ctx;
  const reject = (text: string, reason: string): HandlerResult => ({ replies: [{ text }], status: 'rejected', reason });
  if (!isTownshipSide(sender, village))
    return reject(t.townshipOnly(sender.name), `take #${issue.no}: ${sender.name} is not township-level`);
  if (!issue.escalatedAt) return reject(t.notEscalated(issue.no), `take #${issue.no}: not escalated`);
  if (issue.takenAt) return reject(t.alreadyTaken(issue.no, issue.takenBy), `take #${issue.no}: already taken`);
  if (issue.status !== 'open') return reject(t.notOpen(issue.no, issue.status), `take #${issue.no}: ${issue.status}`);
  const done = await takeIssue(tx, issue.id, { text: null, author: sender.name, authorId: sender.id, at: now }, issue.assignee);
  if (!done) return reject(t.alreadyTaken(issue.no, null), `take #${issue.no}: taken meanwhile`);
  const chats = (await chatsOfVillage(tx, village.id, { active: true })).filter(
    (c) => !(c.platform === msg.platform && c.chatId === msg.chatId),
  );
  const notice = t.takenNotice(village.name, issue, sender.name);
  const notices: Reply[] = chats.map((to) => ({ ...maskedReply(notice), to }));
  return { replies: [maskedReply(t.taken(village.name, issue.no, sender.name)), ...notices] };
}
