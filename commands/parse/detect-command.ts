// Which command a message is. A command needs its marker (`#走访`, `＃走访`, `【走访】`):
// chat that merely starts with a command word (`本周六开会`, `问题不大`) is not one.
// The single unmarked form is a close: `12号问题已销号` / `已整改` / `已办结`.
import type { Kind } from './types.ts';
import { COMMAND_WORDS, alternation } from './vocabulary.ts';

const WORDS = alternation(Object.keys(COMMAND_WORDS));
const HASH = new RegExp(`^#\\s*(${WORDS})`);
const BRACKETED = new RegExp(`^(?:【|\\[)\\s*(${WORDS})\\s*(?:】|\\])`);
const UNMARKED_CLOSE = /^第?\s*(\d{1,6})\s*号\s*问题\s*(?:已经|已)\s*(?:销号|整改|办结)(?:完成|完毕|了)?/;
const HELP = /^[?？]+$/;
/** `@驻村助手 #台账`: whom a message is addressed to does not change what it says. */
const LEADING_MENTIONS = /^(?:@[^\s@]{1,30}\s+)+/;

export interface Command {
  kind: Kind;
  /** The text after the command word, for the kind's own parser. */
  body: string;
}

export function detectCommand(text: string): Command | null {
  const trimmed = text.trim().replace(LEADING_MENTIONS, '');
  if (HELP.test(trimmed)) return { kind: 'help', body: '' };
  const m = HASH.exec(trimmed) ?? BRACKETED.exec(trimmed);
  if (m) return { kind: COMMAND_WORDS[m[1]], body: trimmed.slice(m[0].length) };
  const close = UNMARKED_CLOSE.exec(trimmed);
  if (close) return { kind: 'close', body: `${close[1]} ${trimmed.slice(close[0].length)}` };
  return null;
}
