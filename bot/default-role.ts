import type { IncomingMessage } from '../core/message.ts';
import type { Role } from '../core/role.ts';

/** A first-time sender with no roster entry: whoever types at the local console runs this bot; elsewhere strangers are villagers. */
export function defaultRoleFor(msg: IncomingMessage): Role {
  return msg.platform === 'console' ? 'cadre' : 'villager';
}
