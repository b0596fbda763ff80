import { faqHandlerText as t } from '../prompts/faq-handler.ts';
import { openQuestions } from '../storage/faq-questions.ts';
import { chatsOfVillage } from '../storage/groups.ts';
import { questionScope } from '../storage/question-scope.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { pendingManual } from '../prompts/manual/pending.ts';
import { defineCommand, type Parsed } from './define-command.ts';
import { mayAnswer } from './may-answer.ts';

/**
 * `#待答`: the questions the FAQ could not answer, from this village's groups (in a private
 * chat: the sender's village's), most asked first; only those the sender may answer.
 */
export const pending = defineCommand({
  kind: 'pending',
  words: ['待答'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.pending,
  help: null,
  manual: pendingManual,
  takesNoText: true,
  parse: (): Parsed<'pending'> => ({ kind: 'pending', ok: true, errors: [] }),
  handle: async ({ tx, msg, group, sender }) => {
    const villageId = group?.villageId ?? (group ? null : sender.villageId);
    const chats = villageId ? await chatsOfVillage(tx, villageId) : [];
    if (!chats.some((c) => c.platform === msg.platform && c.chatId === msg.chatId))
      chats.push({ platform: msg.platform, chatId: msg.chatId });
    const open = [];
    for (const q of await openQuestions(tx, chats)) if (mayAnswer(sender, await questionScope(tx, q))) open.push(q);
    if (!open.length) return { replies: [{ text: t.pendingNone }] };
    const lines = open.map((q) => t.pendingLine(q.id, q.text, q.timesAsked, q.askerName));
    return { replies: [{ text: [t.pendingHeader(open.length), ...lines].join('\n') }] };
  },
});
