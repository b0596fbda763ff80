// Every command the bot knows, one module each. The order is the order of `#帮助`.
import type { Parsed } from './define-command.ts';
import { answer } from './answer.ts';
import { appoint } from './appoint.ts';
import { bind } from './bind.ts';
import { bindRobot } from './bind-robot.ts';
import { campaign } from './campaign.ts';
import { talkMeeting } from './talk-meeting.ts';
import { yardMeeting } from './yard-meeting.ts';
import { board } from './board.ts';
import { claim } from './claim.ts';
import { claimCode } from './claim-code.ts';
import { close } from './close.ts';
import { complaint } from './complaint.ts';
import { complaintAnswer } from './complaint-answer.ts';
import { complaintRecipient } from './complaint-recipient.ts';
import { dispatch } from './dispatch.ts';
import { faq } from './faq.ts';
import { help } from './help.ts';
import { issue } from './issue.ts';
import { ledger } from './ledger.ts';
import { pending } from './pending.ts';
import { review } from './review.ts';
import { extend } from './extend.ts';
import { escalate } from './escalate-item.ts';
import { takeOver } from './take-over-item.ts';
import { followUp } from './follow-up.ts';
import { approveExtension } from './approve-extension.ts';
import { refuseExtension } from './refuse-extension.ts';
import { progress } from './progress.ts';
import { revisits } from './revisits.ts';
import { stats } from './stats.ts';
import { unlink } from './unlink.ts';
import { visit } from './visit.ts';

export const commands = [
  visit,
  issue,
  progress,
  close,
  review,
  extend,
  approveExtension,
  refuseExtension,
  followUp,
  escalate,
  takeOver,
  ledger,
  stats,
  dispatch,
  board,
  revisits,
  faq,
  complaint,
  complaintAnswer,
  complaintRecipient,
  yardMeeting,
  talkMeeting,
  campaign,
  claim,
  claimCode,
  unlink,
  appoint,
  bind,
  bindRobot,
  pending,
  answer,
  help,
] as const;

export type Command = (typeof commands)[number];

/** What the parser makes of a message: one command's own parse, or nothing for the bot (`none`). */
export type ParseResult = ReturnType<Command['parse']> | Parsed<'none'>;
export type Kind = ParseResult['kind'];
export type CommandKind = Command['kind'];

/** The command of a kind (`none` is no command). */
export function commandOf(kind: Kind): Command | undefined {
  return commands.find((c) => c.kind === kind);
}

/**
 * Each command word and the command it starts (`走访` → visit). A word two commands share goes to
 * the one that does not merely share it; `commandSharing` finds the other when its text fits.
 */
export function commandWords(): ReadonlyMap<string, CommandKind> {
  const words = new Map<string, CommandKind>();
  const sharing = commands.filter((c) => 'sharesWordWhen' in c);
  for (const c of commands) if (!sharing.includes(c)) for (const w of c.words) words.set(w, c.kind);
  for (const c of sharing) for (const w of c.words) if (!words.has(w)) words.set(w, c.kind);
  return words;
}

/** The command that shares a word with another and takes this text (`#上报 12 原因` → escalate). */
export function commandSharing(word: string, body: string): CommandKind | undefined {
  for (const c of commands)
    if ('sharesWordWhen' in c && c.sharesWordWhen && c.words.includes(word) && c.sharesWordWhen(body)) return c.kind;
  return undefined;
}
