// A policy question for the FAQ: `问：…`, a message that @-mentions the bot, or a message
// with an @mention that ends in a question mark. Commands are decided before this.

const ASK = /^问\s*[:：]\s*/;
const HAS_MENTION = /@[^\s@]/;
const ENDS_AS_QUESTION = /[?？]\s*$/;
// WeChat puts a (four-per-em) space after a mention; normalizeText made it a plain space.
const MENTION = /@[^\s@]{1,30}(?:\s+|$)/g;
const AT_SIGN = /@/g;

/** The question without its marker or mentions, or null when the message is no question for the bot. */
export function detectFaq(text: string, mentionsBot: boolean): string | null {
  const trimmed = text.trim();
  const ask = ASK.exec(trimmed);
  if (ask) return trimmed.slice(ask[0].length).trim();
  if (!mentionsBot && !(HAS_MENTION.test(trimmed) && ENDS_AS_QUESTION.test(trimmed))) return null;
  const question = trimmed.replace(MENTION, '').trim().replace(ASK, '');
  // `@助手低保怎么办？` has no space to end the mention: keep the words, drop only the @.
  return question || trimmed.replace(AT_SIGN, '').trim();
}
