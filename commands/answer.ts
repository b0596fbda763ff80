import { faqHandlerText as t } from '../prompts/faq-handler.ts';
import { saveDraft } from '../storage/faq-drafts.ts';
import { answerQuestion, findQuestion, normalizeQuestion } from '../storage/faq-questions.ts';
import { questionScope } from '../storage/question-scope.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { answerManual } from '../prompts/manual/answer.ts';
import { defineCommand } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { startsWithTarget } from './parse/glued-text.ts';
import { readTarget, type TargetParsed } from './parse/read-target.ts';
import { mayAnswer } from './may-answer.ts';

const refuse = (text: string, reason: string): HandlerResult => ({ replies: [{ text }], status: 'rejected', reason });

/**
 * `#答 N 内容`: a cadre answers a question the FAQ could not. Only a question from their own
 * place (village; a leader's township; anywhere for admins). The asker is answered in the
 * chat they asked in. A question is answered once: a later `#答` with a different text
 * replaces the answer and reaches the asker marked 更正; the same text again sends nothing.
 * The answer is kept as one draft FAQ entry per question, for a maintainer to review.
 */
export const answer = defineCommand({
  kind: 'answer',
  words: ['答'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.answer,
  help: null,
  manual: answerManual,
  // 答 is one character: never offered as the correction of a near miss.
  neverSuggested: ['答'],
  takesGlued: startsWithTarget,
  parse: (body) => readTarget('answer', body),
  handle: answerQuestionAsked,
});

async function answerQuestionAsked({ tx, parsed, sender, now }: HandlerContext<TargetParsed<'answer'>>): Promise<HandlerResult> {
  const id = parsed.target?.issueNo;
  const text = (parsed.target?.text ?? '').trim();
  if (!id || !text) return refuse(t.answerUsage, 'answer without number or text');
  const q = await findQuestion(tx, id);
  if (!q) return refuse(t.answerUnknown(id), `no question ${id}`);
  const scope = await questionScope(tx, q);
  if (!mayAnswer(sender, scope))
    return refuse(t.answerNotYours(sender.name, id, scope?.villageName ?? null), `question ${id} outside ${sender.name}'s scope`);

  const previous = q.answer;
  if (previous !== null && normalizeQuestion(previous) === normalizeQuestion(text))
    return refuse(t.answerSame(id), `question ${id} already has this answer`);
  // Written only if nobody answered since we read it; otherwise the cadre sees the new answer first.
  if (!(await answerQuestion(tx, id, text, sender.name, now, previous)))
    return refuse(t.answerRaced(id), `question ${id} answered meanwhile`);
  await saveDraft(tx, { normalized: q.normalized, question: q.text, answer: text, by: sender.name, at: now });

  const to = { platform: q.platform, chatId: q.chatId };
  const mentions = [{ id: q.askerId, name: q.askerName ?? '' }];
  if (previous === null) {
    return { replies: [{ to, text: t.answerToAsker(q.text, text, sender.name), mentions }, { text: t.answerDone(id) }] };
  }
  return {
    replies: [{ to, text: t.correctionToAsker(q.text, text, sender.name), mentions }, { text: t.correctionDone(id) }],
    reason: `question ${id} corrected`,
  };
}
