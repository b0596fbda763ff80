import type { Actor } from '../../storage/identity-events.ts';
import type { HandlerContext } from '../handler.ts';

/** The sender as the identity log records who did something. */
export function actorOf(ctx: Pick<HandlerContext, 'sender' | 'msg'>): Actor {
  return { name: ctx.sender.name, platform: ctx.msg.platform, userId: ctx.msg.senderId };
}
