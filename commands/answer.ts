import { faqHandlerText as t } from '../prompts/faq-handler.ts';
import { answerQuestion } from '../storage/faq-questions.ts';
import type { Handler } from './handler.ts';

/**
 * `#答 N 内容`: a cadre answers an unanswered question. The asker is answered in the group
 * they asked in, and the answer is kept as a draft FAQ entry for review.
 */
export const answer: Handler = async ({ tx, parsed, sender, now }) => {
  const id = parsed.target?.issueNo;
  const text = (parsed.target?.text ?? parsed.text ?? '').trim();
  if (!id || !text) return { replies: [{ text: t.answerUsage }], status: 'rejected', reason: 'answer without number or text' };
  const q = await tx.faqQuestion.findUnique({ where: { id } });
  if (!q) return { replies: [{ text: t.answerUnknown(id) }], status: 'rejected', reason: `no question ${id}` };
  await answerQuestion(tx, id, text, sender.name, now);
  return {
    replies: [
      { to: { platform: q.platform as 'console' | 'wechat' | 'lark', chatId: q.chatId }, text: t.answerToAsker(q.text, text, sender.name), mentions: [{ id: q.askerId, name: q.askerName ?? '' }] },
      { text: t.answerDone(id) },
    ],
  };
};
