// A marked word that is almost one of the bot's own commands: `#走方` (走访 typed by sound),
// `#消号` (销号), `#台帐` (台账), `#走访打开` (走访打卡, one character off). Such a person meant the
// bot, and gets told the right word instead of silence.
//
// "Almost" is strict, because a group is full of tags the bot must leave alone (`#文体活动`,
// `#通知`, `#日报#`): the written word must sound the same as a command (pinyin, with the
// southern slips z/zh, c/ch, s/sh, n/l, -n/-ng counted as the same sound), or, for a command of
// three or more characters, differ from it in one character; and the message with the word
// corrected must be that command as the bot would read it (`#走方 陈秀兰 …` → `#走访 陈秀兰 …`).
// `#文体活动` corrected is `#问题活动`, which is no report, so it stays a tag.
import { pinyin } from 'pinyin-pro';
import { detectCommand } from '../../commands/parse/detect-command.ts';
import { normalizeText } from '../../commands/parse/normalize-text.ts';
import { parseMessage } from '../../commands/parse/parse-message.ts';
import { commands } from '../../commands/registry.ts';

export interface NearMiss {
  /** The word as written (`走方`). */
  written: string;
  /** The command word it is closest to (`走访`). */
  command: string;
}

/**
 * The words a near miss may be corrected to, longest first: every command's words but those its
 * module says are too everyday to offer (打卡 is everyone's daily check-in) and one-character ones.
 */
let candidates: string[] | undefined;
function correctionCandidates(): string[] {
  candidates ??= commands
    .flatMap((c) => c.words.filter((w) => !(c.neverSuggested ?? []).includes(w) && w.length >= 2))
    .sort((a, b) => b.length - a.length);
  return candidates;
}

const MARKED = /^(#\s*|[【[]\s*)([\u4e00-\u9fff]+)(\s*[】\]])?/;
const LEADING_MENTIONS = /^(?:@[^\s@]{1,30}\s+)+/;
const TOPIC_TAG = /^#[^#\s]{1,20}#/;

/** The command a marked word nearly is, or null when it is no near miss (or already a command). */
export function detectNearMiss(text: string, now: Date): NearMiss | null {
  const trimmed = normalizeText(text).trim().replace(LEADING_MENTIONS, '');
  if (TOPIC_TAG.test(trimmed) || detectCommand(trimmed)) return null;
  const m = MARKED.exec(trimmed);
  if (!m) return null;
  const [, marker, token, closing] = m;
  // A bracketed word is the whole token; after # the word may run into the text.
  if (marker.startsWith('【') || marker.startsWith('[')) {
    if (!closing) return null;
  }
  const rest = trimmed.slice(m[0].length);
  for (const command of correctionCandidates()) {
    if (token.length < command.length) continue;
    const written = token.slice(0, command.length);
    if (written === command || !sounds(written, command)) continue;
    const corrected = `${marker}${command}${token.slice(command.length)}${closing ?? ''}${rest}`;
    if (!detectCommand(corrected)) continue;
    const body = `${token.slice(command.length)}${rest}`.trim();
    // An empty body asks for the command's form; a body must read as that command's.
    if (!body || parseMessage(corrected, now, { mentionsBot: false }).ok) return { written, command };
  }
  return null;
}

function sounds(written: string, command: string): boolean {
  const a = readings(written);
  const b = readings(command);
  if (a.every((s, i) => s === b[i])) return true;
  return command.length >= 3 && differsInOne(written, command);
}

function readings(word: string): string[] {
  return pinyin(word, { toneType: 'none', type: 'array' }).map(loosen);
}

/** The sounds many southern speakers do not tell apart when they type pinyin. */
function loosen(syllable: string): string {
  return syllable
    .replace(/^([zcs])h/, '$1')
    .replace(/^n/, 'l')
    .replace(/ng$/, 'n');
}

function differsInOne(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}
