import { faqHandlerText as t } from '../prompts/faq-handler.ts';
import { openQuestions } from '../storage/faq-questions.ts';
import type { Handler } from './handler.ts';

/** `#待答`: the questions the FAQ could not answer, from this village's groups, most asked first. */
export const pending: Handler = async ({ tx, msg, group }) => {
  const chats = group?.villageId
    ? (await tx.chatGroup.findMany({ where: { villageId: group.villageId }, select: { platform: true, chatId: true } }))
    : [{ platform: msg.platform, chatId: msg.chatId }];
  if (!chats.some((c) => c.platform === msg.platform && c.chatId === msg.chatId)) chats.push({ platform: msg.platform, chatId: msg.chatId });
  const open = await openQuestions(tx, chats);
  if (!open.length) return { replies: [{ text: t.pendingNone }] };
  const lines = open.map((q) => t.pendingLine(q.id, q.text, q.timesAsked, q.askerName));
  return { replies: [{ text: [t.pendingHeader(open.length), ...lines].join('\n') }] };
};
