// A policy question for the FAQ: `问：…`, or a message whose platform says it @-mentions the bot.
// Commands are decided before this.
//
// An @mention of anyone else never makes a message a question for the bot: `@李明 明天几点开会？`
// is one person asking another. Only when the platform has not said whom a message mentions (the
// parser on its own, as `cli parse` runs it) does a leading @mention with a question mark count,
// as the check-in language describes it.

const ASK = /^问\s*[:：]\s*/;
const HAS_MENTION = /@[^\s@]/;
const ENDS_AS_QUESTION = /[?？]\s*$/;
// WeChat puts a (four-per-em) space after a mention; normalizeText made it a plain space.
const MENTION = /@[^\s@]{1,30}(?:\s+|$)/g;
const AT_SIGN = /@/g;

/**
 * The question without its marker or mentions, or null when the message is no question for the bot.
 * `mentionsBot`: what the platform says (true/false); undefined when nobody has said.
 */
export function detectFaq(text: string, mentionsBot?: boolean): string | null {
  const trimmed = text.trim();
  const ask = ASK.exec(trimmed);
  if (ask) return trimmed.slice(ask[0].length).trim();
  const guessed = mentionsBot === undefined && HAS_MENTION.test(trimmed) && ENDS_AS_QUESTION.test(trimmed);
  if (mentionsBot !== true && !guessed) return null;
  const question = trimmed.replace(MENTION, '').trim().replace(ASK, '');
  // `@助手低保怎么办？` has no space to end the mention: keep the words, drop only the @.
  return question || trimmed.replace(AT_SIGN, '').trim();
}
