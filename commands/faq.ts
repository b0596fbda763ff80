import { faqHandlerText as t } from '../prompts/faq-handler.ts';
import { recentQuestionsBy, recordUnanswered } from '../storage/faq-questions.ts';
import { assignedCadreOf } from '../storage/assigned-cadre.ts';
import { ROLES } from '../core/role.ts';
import { canStartPrivateChat } from '../core/platform.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { faqManual } from '../prompts/manual/faq.ts';
import { helpLines } from '../prompts/help.ts';
import { defineCommand, type Parsed } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';

export interface FaqParsed extends Parsed<'faq'> {
  /** The question without its marker or @-mention. */
  question: string | null;
}

/**
 * A villager's policy question (only when the bot is @-mentioned or the message starts
 * with 问：, which the parser decides). Curated answers only; otherwise the question is
 * kept for the cadres and the asker told so.
 */
export const faq = defineCommand({
  kind: 'faq',
  // Asked with `问：` or the bot's @mention (commands/parse/detect-faq.ts), not with a word.
  words: [],
  roles: ROLES,
  label: commandLabels.faq,
  help: helpLines.faq,
  manual: faqManual,
  parse: (question): FaqParsed => ({ kind: 'faq', ok: true, errors: [], question: question || null }),
  handle: answerFromFaq,
});

async function answerFromFaq(ctx: HandlerContext<FaqParsed>): Promise<HandlerResult> {
  const { tx, msg, parsed, sender, settings, now, faq: service } = ctx;
  const question = (parsed.question ?? msg.text).trim();
  const mention = [{ id: msg.senderId, name: sender.name }];
  if (!question) return { replies: [{ text: t.empty, mentions: mention }] };

  const asked = await recentQuestionsBy(tx, msg.platform, msg.senderId, new Date(now.getTime() - 60_000));
  if (asked >= settings.FAQ_PER_PERSON_PER_MINUTE) {
    // Say "slow down" once, then stay quiet: a flood must not make the bot flood too.
    const replies = asked === settings.FAQ_PER_PERSON_PER_MINUTE ? [{ text: t.slowDown(sender.name) }] : [];
    await recordUnanswered(tx, {
      text: question,
      platform: msg.platform,
      chatId: msg.chatId,
      askerId: msg.senderId,
      askerName: sender.name,
      at: now,
    });
    return { replies, status: 'ignored', reason: 'faq rate limit' };
  }

  const match = service.match(question);
  if (match.answered && match.dynamic === 'assigned-cadre') return assignedCadre(ctx);
  if (match.answered) return { replies: [{ text: match.answer, mentions: mention }] };
  // Not answered, or asked back (你是想问…吗？): either way the cadres see it in #待答, since
  // the villager may not send the question again.
  await recordUnanswered(tx, {
    text: question,
    platform: msg.platform,
    chatId: msg.chatId,
    askerId: msg.senderId,
    askerName: sender.name,
    at: now,
  });
  return { replies: [{ text: match.answer, mentions: mention }], reason: match.alternatives?.length ? 'faq asked back' : 'faq unanswered' };
}

/** 我的帮扶责任人是谁: from the roster, for the asker's own household only, told privately. */
async function assignedCadre(ctx: HandlerContext<FaqParsed>): Promise<HandlerResult> {
  const { tx, msg, sender, group } = ctx;
  const found = await assignedCadreOf(tx, { name: sender.name, villageId: group?.villageId ?? sender.villageId });
  if (!found) return { replies: [{ text: t.assignedCadreUnknown(sender.name) }] };
  const privately = { platform: msg.platform, chatId: msg.senderId, private: true };
  const answer = t.assignedCadrePrivate(found.household, found.cadre, found.title);
  if (msg.isPrivate) return { replies: [{ text: answer }] };
  if (!canStartPrivateChat(msg.platform)) return { replies: [{ text: t.assignedCadreAskPrivately(sender.name) }] };
  return { replies: [{ to: privately, text: answer }, { text: t.assignedCadreSent(sender.name) }] };
}
