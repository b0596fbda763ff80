import type { Role } from '../core/role.ts';
import { common } from '../prompts/common.ts';
import { identityText } from '../prompts/identity.ts';
import type { Tx } from '../storage/client.ts';
import { rosterMembersNamed, type Sender } from '../storage/members.ts';
import type { HandlerResult } from './handler.ts';

/** What a refusal needs to know of the command refused. */
export interface Refused {
  kind: string;
  label: string;
  roles: readonly Role[];
  refused?(name: string): string;
}

/**
 * The polite no for a command the sender's role may not run. Someone shown under a roster
 * member's name but not linked to them is told how to confirm who they are, since that is
 * what stands between them and the command; nothing changes either way.
 */
export async function refusal(tx: Tx, sender: Sender, command: Refused): Promise<HandlerResult> {
  const reason = `role ${sender.role} may not ${command.kind}`;
  const adminOnly = command.roles.every((r) => r === 'admin');
  const leaderOnly = command.roles.includes('leader') && !command.roles.includes('cadre');
  let text: string;
  if (command.refused) text = command.refused(sender.name);
  else if (adminOnly) text = identityText.adminOnly(sender.name, command.label);
  else if (sender.role === 'villager' && (await rosterMembersNamed(tx, sender.name)).length)
    text = identityText.unconfirmed(sender.name, command.label);
  else if (leaderOnly) text = identityText.leaderOnly(sender.name, command.label);
  else text = common.refused(sender.name, command.label);
  return { replies: [{ text }], status: 'rejected', reason };
}
