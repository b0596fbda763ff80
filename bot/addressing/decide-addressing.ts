// Whether a message is for the bot at all. In a group the bot speaks only when addressed:
// a command it knows at the start of the message, `问：`, or its own @mention as the platform
// reports it. Everything else — 接龙 posts, topic tags, quote-replies, people @-ing each other,
// policy talk among villagers — is the group's own conversation. In a private chat everything
// is for the bot. This is a pure decision on the message and its parse; whether the group is
// bound, and whether a hint was given lately, is the router's to check.
import { detectCommand } from '../../commands/parse/detect-command.ts';
import { normalizeText } from '../../commands/parse/normalize-text.ts';
import { parseMessage } from '../../commands/parse/parse-message.ts';
import { commandOf, type ParseResult } from '../../commands/registry.ts';
import type { ParsedVisit } from '../../core/checkin.ts';
import type { IncomingMessage } from '../../core/message.ts';
import { detectNearMiss, type NearMiss } from './detect-near-miss.ts';
import { isChainPost } from './is-chain-post.ts';
import { ownPartOfQuoteReply } from './split-quote-reply.ts';

export type Addressing =
  /** For the bot. `msg` is what the person wrote to it (a quote-reply without its quote). */
  | { to: 'bot'; parsed: ParseResult; msg: IncomingMessage }
  /** Nearly a command of the bot's: worth a short hint. */
  | { to: 'near-miss'; nearMiss: NearMiss }
  /** Not for the bot; `reason` is kept on the inbox row. */
  | { to: 'nobody'; reason: string };

const MAX_SHORT_BODY = 12;
const MARKED = /^\s*(?:@[^\s@]{1,30}\s+)*(?:#|【|\[)/;
const TOPIC_TAG = /^\s*#[^#\s]{1,20}#/;

export function decideAddressing(msg: IncomingMessage, parsed: ParseResult): Addressing {
  if (msg.isPrivate) {
    // In a one-to-one chat every question is for the bot.
    const asked: ParseResult =
      parsed.kind === 'none' && msg.text.trim() ? { kind: 'faq', ok: parsed.ok, errors: parsed.errors, question: msg.text.trim() } : parsed;
    return { to: 'bot', parsed: asked, msg };
  }
  const own = ownPartOfQuoteReply(msg.text);
  if (own !== null) return decideQuoteReply(msg, own);
  if (isChainPost(msg.text) && !msg.mentionsBot) return { to: 'nobody', reason: '接龙' };
  return decideOwnText(msg, parsed, { hints: true });
}

/**
 * A quote-reply answers the person quoted. Only what this person wrote can be for the bot, and
 * only as a command, `问：` or with the bot @-mentioned: a lone `？` under a quote asks the quoted
 * person what they meant, and a near miss there is talk between people.
 */
function decideQuoteReply(msg: IncomingMessage, own: string): Addressing {
  const ownMsg = { ...msg, text: own };
  const parsed = parseMessage(own, msg.sentAt, { mentionsBot: msg.mentionsBot });
  if (parsed.kind === 'help' && /^[?？]$/.test(own.trim()) && !msg.mentionsBot) return { to: 'nobody', reason: 'quote-reply' };
  const decided = decideOwnText(ownMsg, parsed, { hints: false });
  return decided.to === 'nobody' ? { to: 'nobody', reason: `quote-reply: ${decided.reason}` } : decided;
}

function decideOwnText(msg: IncomingMessage, parsed: ParseResult, options: { hints: boolean }): Addressing {
  const text = normalizeText(msg.text);
  // `@小助手 #走方 …`: the bot was called, but with a word it does not know.
  const marked = MARKED.test(text);
  if (options.hints && marked && (parsed.kind === 'none' || (parsed.kind === 'faq' && msg.mentionsBot))) {
    const nearMiss = detectNearMiss(text, msg.sentAt);
    if (nearMiss) return { to: 'near-miss', nearMiss };
  }
  if (parsed.kind === 'none') {
    if (TOPIC_TAG.test(text)) return { to: 'nobody', reason: 'topic tag' };
    return { to: 'nobody', reason: marked ? 'unknown #word' : 'chat' };
  }
  if (!msg.mentionsBot) {
    const post = ownPostReason(text, parsed);
    if (post) return { to: 'nobody', reason: post };
  }
  return { to: 'bot', parsed, msg };
}

/** Why a message marked with a command word is the person's own post rather than a request, if it is. */
function ownPostReason(text: string, parsed: ParseResult): string | null {
  const command = detectCommand(text);
  if (!command) return null;
  // A command that takes at most a village (its module says so), followed by a long text, is the
  // title of a person's own post (`#周报` and the week's report under it, `#本周 工作安排：…`), not
  // a request; a line break anywhere after the word, even right after it, makes the word a title.
  // 帮助 is the exception: `#帮助 走访怎么写` is still someone asking for help.
  const body = command.body.trim();
  if (
    commandOf(command.kind)?.takesNoText &&
    command.word !== '帮助' &&
    (command.body.trimEnd().includes('\n') || [...body].length > MAX_SHORT_BODY)
  ) {
    return `a post titled #${command.word}`;
  }
  // `#打卡 学习强国第36天`: the everyday 打卡, with nothing of a household visit in it.
  if (command.word === '打卡' && body && parsed.kind === 'visit' && nothingOfAVisit(parsed.visit, parsed.issues.length)) {
    return 'a daily 打卡, not a visit';
  }
  return null;
}

function nothingOfAVisit(visit: ParsedVisit, issues: number): boolean {
  return !visit.household && !visit.village && !visit.group && !visit.category && !Object.keys(visit.checks).length && !issues;
}
