import { shanghaiDay } from '../core/shanghai-calendar.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { escalationText as t } from '../prompts/escalation.ts';
import { helpLines } from '../prompts/help.ts';
import { escalateManual } from '../prompts/manual/escalate.ts';
import { chatsOfTownship } from '../storage/groups.ts';
import { escalateIssue } from '../storage/issues.ts';
import { townshipName } from '../storage/villages.ts';
import type { Reply } from '../core/reply.ts';
import { defineCommand } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { findTarget } from './ledger/find-target.ts';
import { maskedReply } from './ledger/masked-reply.ts';
import { startsWithTarget } from './parse/glued-text.ts';
import { readTarget, type TargetParsed } from './parse/read-target.ts';

/** `12 …`, `12号 …`, `第12号问题`, `三星村 12 …`: an item number leads (a village may come first). */
const NAMES_ITEM = /^\s*(?:[\u4e00-\u9fff]{1,10}(?:村|社区)\s+)?(?:第|编号|#)?\s*\d{1,6}\s*号?\s*(?:问题)?(?=$|[\s,，;；:：、。])/;
const NAMES_HAN_ITEM = /^\s*第?\s*[一二两三四五六七八九十]{1,3}\s*号/;

/**
 * `#上报 12 需协调住建部门`: 三级化解 — an open item the village cannot solve goes up to the
 * township's list. It stays the same item with its number; the township group is told (村, 编号,
 * 问题, 原因, 上报人) and a township cadre or leader takes it with `#接办 三星村 12`.
 * `#上报` without a number stays `#问题`'s word for a new problem.
 */
export const escalate = defineCommand({
  kind: 'escalate',
  words: ['上报'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.escalate,
  help: helpLines.escalate,
  manual: escalateManual,
  sharesWordWhen: (body) => NAMES_ITEM.test(body) || NAMES_HAN_ITEM.test(body),
  takesGlued: startsWithTarget,
  parse: (body): TargetParsed<'escalate'> => readTarget('escalate', body),
  handle: escalateItem,
});

async function escalateItem(ctx: HandlerContext<TargetParsed<'escalate'>>): Promise<HandlerResult> {
  const found = await findTarget(ctx, '上报');
  if (found.result) return found.result;
  const { issue, village } = found;
  const { tx, sender, now, msg } = ctx;
  const reject = (text: string, reason: string): HandlerResult => ({ replies: [{ text }], status: 'rejected', reason });
  if (issue.status !== 'open') return reject(t.notOpen(issue.no, issue.status), `escalate #${issue.no}: ${issue.status}`);
  if (issue.escalatedAt)
    return reject(
      t.already(issue.no, issue.escalatedBy, shanghaiDay(issue.escalatedAt), issue.takenBy),
      `escalate #${issue.no}: already escalated`,
    );
  const reason = found.text?.trim();
  if (!reason) return reject(t.needReason(issue.no), `escalate #${issue.no}: no reason`);
  if (village.townshipId === null) return reject(t.noTownship(village.name), `escalate #${issue.no}: ${village.name} has no township`);
  const done = await escalateIssue(tx, issue.id, { text: reason, author: sender.name, authorId: sender.id, at: now });
  if (!done) return reject(t.already(issue.no, null, shanghaiDay(now), null), `escalate #${issue.no}: escalated meanwhile`);
  // The township's groups are told, except the one it was written in (it sees the receipt).
  const chats = (await chatsOfTownship(tx, village.townshipId)).filter((c) => !(c.platform === msg.platform && c.chatId === msg.chatId));
  const notice = t.notice(village.name, issue, reason, sender.name);
  const notices: Reply[] = chats.map((to) => ({ ...maskedReply(notice), to }));
  const township = (await townshipName(tx, village.townshipId)) ?? '乡镇';
  const told = chats.length > 0 || ctx.group?.kind === 'township';
  return {
    replies: [maskedReply(t.escalated(village.name, issue.no, township, told, msg.isPrivate)), ...notices],
    evidenceFor: [issue.id],
  };
}
