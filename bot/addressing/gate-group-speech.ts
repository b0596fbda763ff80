// Before a command runs in a group: a group nobody has bound hears only #帮助 and #绑定 (an admin
// who addresses the bot there is told once how to bind it, the way a whitelist keeps a bot out of
// groups it was not meant for), and a near miss of a command gets its hint at most once an hour
// per person. Both "once"s are kept in the database, so a restart does not repeat them.
import type { HandlerResult } from '../../commands/handler.ts';
import type { Command } from '../../commands/registry.ts';
import { addressingText } from '../../prompts/addressing.ts';
import type { Tx } from '../../storage/client.ts';
import type { GroupBinding } from '../../storage/groups.ts';
import { claimHint } from '../../storage/hints.ts';
import type { IncomingMessage } from '../../core/message.ts';
import type { Addressing } from './decide-addressing.ts';

export const NEAR_MISS_HINT_EVERY_MS = 60 * 60_000;

export interface GateInput {
  msg: IncomingMessage;
  group: GroupBinding | null;
  addressing: Exclude<Addressing, { to: 'nobody' }>;
  adminIds: readonly string[];
  now: Date;
  /** The commands, whose modules say which are answered in an unbound group (#帮助, #绑定). */
  commands: readonly Command[];
}

/** The result in place of the handler's, or null when the command goes ahead. */
export async function gateGroupSpeech(
  tx: Tx,
  { msg, group, addressing, adminIds, now, commands }: GateInput,
): Promise<HandlerResult | null> {
  if (!msg.isPrivate && !group) {
    if (addressing.to === 'bot' && commands.some((c) => c.kind === addressing.parsed.kind && c.openInUnboundGroup)) return null;
    const admin = adminIds.includes(`${msg.platform}:${msg.senderId}`);
    if (admin && (await claimHint(tx, `unbound:${msg.platform}:${msg.chatId}`, now, null))) {
      return { replies: [{ text: addressingText.unboundAdmin }], status: 'rejected', reason: 'group not bound: admin told how to bind it' };
    }
    return { replies: [], status: 'ignored', reason: 'group not bound' };
  }
  if (addressing.to === 'near-miss') {
    const { written, command } = addressing.nearMiss;
    if (await claimHint(tx, `near-miss:${msg.platform}:${msg.senderId}`, now, NEAR_MISS_HINT_EVERY_MS)) {
      return {
        replies: [{ text: addressingText.nearMiss(written, command) }],
        status: 'rejected',
        reason: `near miss: #${written} for #${command}`,
      };
    }
    return { replies: [], status: 'ignored', reason: `near miss: #${written} for #${command} (hinted within the hour)` };
  }
  return null;
}
