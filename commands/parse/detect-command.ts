// Which command a message is. A command needs its marker (`#走访`, `＃走访`, `【走访】`):
// chat that merely starts with a command word (`本周六开会`, `问题不大`) is not one.
// The single unmarked form is a close: `12号问题已销号` / `已整改` / `已办结` — but not when it is
// asked as a question (`12号问题已经销号了吗？`).
//
// The marked word is the message's first token. When more Chinese follows it with no space, it
// is still the command only if that text is what the command takes — a household or a place
// (`#走访王德福`, `#问题三星村4组…`), an item number (`#销号十二号`), a village (`#台账三星村`).
// Otherwise the command word is the start of a longer word people tag their own posts with
// (`#走访慰问`, `#本周值班`, `#整改通知`, `#说明会`), and the message is not for the bot.
// A closed tag (`#森林防火#`) is a topic, never a command.
import { commandOf, commandSharing, commandWords, type CommandKind } from '../registry.ts';
import { alternation } from './vocabulary.ts';

const UNMARKED_CLOSE = /^第?\s*(\d{1,6})\s*号\s*问题\s*(?:已经|已)\s*(?:销号|整改|办结)(?:完成|完毕|了)?/;
/** `12号问题已销号了吗？` asks whether it was closed; it closes nothing. */
const ASKS = /^\s*(?:吗|么|嘛|没|呢|不|否)/;
const ENDS_AS_QUESTION = /[?？]\s*$/;
/** One question mark alone asks for help; `？？？` is someone puzzled at someone else. */
const HELP = /^[?？]$/;
/** `#森林防火#`, `#和美乡村#`: WeChat's topic tags, closed by a second #. */
const TOPIC_TAG = /^#[^#\s]{1,20}#/;
/** `@驻村助手 #台账`: whom a message is addressed to does not change what it says. */
const LEADING_MENTIONS = /^(?:@[^\s@]{1,30}\s+)+/;
const GLUED = /^[\u4e00-\u9fff]/;

export interface Command {
  kind: CommandKind;
  /** The command word as written (`走访`, `台账`), for rules about one word. */
  word: string;
  /** The text after the command word, for the kind's own parser. */
  body: string;
}

/** The command words of every module, as regexes; built on first use, once the registry is loaded. */
let marks: { words: ReadonlyMap<string, CommandKind>; hash: RegExp; bracketed: RegExp } | undefined;
function commandMarks() {
  if (!marks) {
    const words = commandWords();
    const alternatives = alternation([...words.keys()]);
    marks = { words, hash: new RegExp(`^#\\s*(${alternatives})`), bracketed: new RegExp(`^(?:【|\\[)\\s*(${alternatives})\\s*(?:】|\\])`) };
  }
  return marks;
}

export function detectCommand(text: string): Command | null {
  const trimmed = text.trim().replace(LEADING_MENTIONS, '');
  if (HELP.test(trimmed)) return { kind: 'help', word: trimmed, body: '' };
  if (TOPIC_TAG.test(trimmed)) return null;
  const { words, hash: HASH, bracketed: BRACKETED } = commandMarks();
  const hash = HASH.exec(trimmed);
  if (hash) {
    const body = trimmed.slice(hash[0].length);
    const kind = commandSharing(hash[1], body) ?? words.get(hash[1])!;
    return !GLUED.test(body) || gluedTextFits(kind, body) ? { kind, word: hash[1], body } : null;
  }
  // The closing bracket ends the word: `【走访】王德福` needs no space.
  const bracketed = BRACKETED.exec(trimmed);
  if (bracketed) {
    const body = trimmed.slice(bracketed[0].length);
    return { kind: commandSharing(bracketed[1], body) ?? words.get(bracketed[1])!, word: bracketed[1], body };
  }
  const close = UNMARKED_CLOSE.exec(trimmed);
  if (close && !ASKS.test(trimmed.slice(close[0].length)) && !ENDS_AS_QUESTION.test(trimmed))
    return { kind: 'close', word: '号问题已销号', body: `${close[1]} ${trimmed.slice(close[0].length)}` };
  return null;
}

/** Whether Chinese written straight after a command word is what that command takes (its module says). */
function gluedTextFits(kind: CommandKind, body: string): boolean {
  return commandOf(kind)?.takesGlued?.(body) ?? false;
}
