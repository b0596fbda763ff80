import { commandLabels } from '../prompts/command-labels.ts';
import { complaintText as t } from '../prompts/complaint.ts';
import { helpLines } from '../prompts/help.ts';
import { complaintAnswerManual } from '../prompts/manual/complaint-answer.ts';
import { answerComplaint, complaintForAnswer } from '../storage/complaints.ts';
import { defineCommand, type Parsed } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';

export interface ComplaintAnswerParsed extends Parsed<'complaintAnswer'> {
  id: number | null;
  text: string;
}

const NUMBER_FIRST = /^\s*(?:编号\s*)?(\d{1,7})\s*号?\s*[:：,，、.。]?\s*/;

/**
 * `#回复意见 编号 …`: the complaint's recipient answers, privately; the answer reaches the sender's
 * private chat through the bot, so the recipient never learns who or where that chat is.
 * Only the recipient the complaint was sent to may answer it.
 */
export const complaintAnswer = defineCommand({
  kind: 'complaintAnswer',
  words: ['回复意见', '答复意见'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.complaintAnswer,
  help: helpLines.complaintAdmin,
  manual: complaintAnswerManual,
  takesGlued: () => false,
  parse(body): ComplaintAnswerParsed {
    const m = NUMBER_FIRST.exec(body);
    const id = m ? Number(m[1]) : null;
    const text = m ? body.slice(m[0].length).trim() : '';
    const ok = id !== null && text !== '';
    return { kind: 'complaintAnswer', ok, errors: ok ? [] : [{ field: 'target', message: t.answerUsage }], id, text };
  },
  handle: sendAnswer,
});

const refuse = (text: string, reason: string): HandlerResult => ({ replies: [{ text }], status: 'rejected', reason });

async function sendAnswer({ tx, msg, parsed, sender, now }: HandlerContext<ComplaintAnswerParsed>): Promise<HandlerResult> {
  if (!msg.isPrivate) return refuse(t.answerInGroup, 'complaint answer: written in a group, not sent');
  if (!parsed.ok || parsed.id === null) return refuse(t.answerUsage, 'complaint answer: number or text missing');
  const complaint = await complaintForAnswer(tx, parsed.id);
  if (!complaint) return refuse(t.answerUnknown(parsed.id), `complaint ${parsed.id} not found`);
  if (complaint.recipientId !== sender.id) return refuse(t.answerNotYours(parsed.id), `complaint ${parsed.id}: not the recipient`);
  await answerComplaint(tx, complaint.id, parsed.text, sender.name, now);
  return {
    replies: [{ to: complaint.replyTo, text: t.toSender(complaint.id, parsed.text) }, { text: t.answerDone(complaint.id) }],
    reason: `complaint ${complaint.id} answered`,
  };
}
