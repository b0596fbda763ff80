import { common } from '../prompts/common.ts';
import { identityText } from '../prompts/identity.ts';
import type { Tx } from '../storage/client.ts';
import { rosterMembersNamed, type Sender } from '../storage/members.ts';
import type { HandlerResult } from './handler.ts';
import type { Kind } from './parse/types.ts';

const ADMIN_ONLY: Kind[] = ['bind', 'unlink'];
const LEADER_ONLY: Kind[] = ['claimCode'];

/**
 * The polite no for a command the sender's role may not run. Someone shown under a roster
 * member's name but not linked to them is told how to confirm who they are, since that is
 * what stands between them and the command; nothing changes either way.
 */
export async function refusal(tx: Tx, sender: Sender, kind: Kind, what: string): Promise<HandlerResult> {
  const reason = `role ${sender.role} may not ${kind}`;
  let text: string;
  if (kind === 'bind') text = common.refusedAdmin(sender.name);
  else if (ADMIN_ONLY.includes(kind)) text = identityText.adminOnly(sender.name, what);
  else if (sender.role === 'villager' && (await rosterMembersNamed(tx, sender.name)).length) text = identityText.unconfirmed(sender.name, what);
  else if (LEADER_ONLY.includes(kind)) text = identityText.leaderOnly(sender.name, what);
  else text = common.refused(sender.name, what);
  return { replies: [{ text }], status: 'rejected', reason };
}
