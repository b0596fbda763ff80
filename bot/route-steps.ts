// The steps a message takes inside its transaction, after it was stored, found fresh, parsed and
// found to be for the bot (bot/router.ts). Each step reads what the ones before it found; the
// first to return a result ends the turn with it, and the router queues its replies and marks
// the inbox row in the same transaction. Like bolt-js's middleware or grammY's composer, but a
// fixed list: a command's own rules live in its module, not here.
import { refusal } from '../commands/refusal.ts';
import type { CommandSettings } from '../commands/command-settings.ts';
import type { FaqService, HandlerResult } from '../commands/handler.ts';
import type { Command, ParseResult } from '../commands/registry.ts';
import { runCommand } from '../commands/run-command.ts';
import type { Logger } from '../core/logger.ts';
import type { IncomingMessage } from '../core/message.ts';
import type { Role } from '../core/role.ts';
import type { Tx } from '../storage/client.ts';
import { findGroupBinding, type GroupBinding } from '../storage/groups.ts';
import { resolveSender, type Sender } from '../storage/members.ts';
import type { Addressing } from './addressing/decide-addressing.ts';
import { gateGroupSpeech } from './addressing/gate-group-speech.ts';

export interface Turn {
  inboxId: number;
  /** What the person wrote to the bot (a quote-reply without its quote). */
  msg: IncomingMessage;
  parsed: ParseResult;
  addressing: Exclude<Addressing, { to: 'nobody' }>;
  tx: Tx;
  now: Date;
  log: Logger;
  /** Found by the steps, in order. */
  group?: GroupBinding | null;
  sender?: Sender;
}

export interface StepDeps {
  settings: CommandSettings;
  faq: FaqService;
  commands: readonly Command[];
  /** Role for a first-time sender with no roster entry (the console channel trusts its operator). */
  defaultRoleFor?: (msg: IncomingMessage) => Role;
}

export type Step = (turn: Turn, deps: StepDeps) => Promise<HandlerResult | undefined>;

/** The group the message came from, by platform chat id (never by name). */
const groupBinding: Step = async (turn) => {
  turn.group = await findGroupBinding(turn.tx, turn.msg.platform, turn.msg.chatId);
  return undefined;
};

/** An unbound group hears only #帮助 and #绑定; a near miss gets its hint at most once an hour. */
const groupSpeech: Step = async (turn, deps) => {
  const { msg, addressing, now } = turn;
  const result = await gateGroupSpeech(turn.tx, {
    msg,
    group: turn.group ?? null,
    addressing,
    adminIds: deps.settings.ADMIN_IDS,
    now,
    commands: deps.commands,
  });
  return result ?? undefined;
};

/** Who sent it, with their role (a linked roster member, or an account of its own). */
const sender: Step = async (turn, deps) => {
  const { msg, group, inboxId, now } = turn;
  turn.sender = await resolveSender(turn.tx, msg, {
    villageId: group?.villageId ?? null,
    townshipId: group?.townshipId ?? null,
    adminIds: deps.settings.ADMIN_IDS,
    defaultRole: deps.defaultRoleFor?.(msg),
    now,
    inboxId,
  });
  return undefined;
};

/** A role the command does not list gets the polite no, and nothing changes. */
const permission: Step = async (turn, deps) => {
  const command = deps.commands.find((c) => c.kind === turn.parsed.kind);
  if (!command || command.roles.includes(turn.sender!.role)) return undefined;
  return refusal(turn.tx, turn.sender!, command);
};

/** The command's own handler; a message for no command (`none`) is kept, unanswered. */
const handler: Step = async (turn, deps) => {
  const command = deps.commands.find((c) => c.kind === turn.parsed.kind);
  if (!command) return { replies: [], status: 'ignored', reason: `no handler for ${turn.parsed.kind}` };
  const { tx, msg, inboxId, parsed, now, log } = turn;
  return runCommand(command, {
    tx,
    msg,
    inboxId,
    parsed,
    sender: turn.sender!,
    group: turn.group ?? null,
    now,
    settings: deps.settings,
    logger: log,
    faq: deps.faq,
  });
};

/** In order; named for the logs and for reading. */
export const routeSteps: ReadonlyArray<readonly [name: string, step: Step]> = [
  ['group binding', groupBinding],
  ['group speech', groupSpeech],
  ['sender', sender],
  ['permission', permission],
  ['handler', handler],
];
