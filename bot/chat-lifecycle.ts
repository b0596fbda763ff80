import { adminDestinations } from '../core/admin-destinations.ts';
import type { ChatEvents } from '../core/adapter.ts';
import type { Logger } from '../core/logger.ts';
import type { Platform } from '../core/platform.ts';
import type { Reply } from '../core/reply.ts';
import { adminText } from '../prompts/admin.ts';
import type { Db } from '../storage/client.ts';
import { renameGroup, setGroupPaused } from '../storage/groups.ts';
import { onRoster } from '../storage/on-roster.ts';
import { cancelPendingSends } from '../storage/outbox.ts';

export interface ChatLifecycleDeps {
  db: Db;
  logger: Logger;
  adminIds: readonly string[];
  /** Whose friend requests and group invitations are accepted (WECHAT_AUTO_ACCEPT). */
  autoAccept?: 'roster' | 'admins' | 'off';
  /** Queues the note to the admins (the bot's enqueue). */
  enqueue: (replies: Reply[]) => Promise<number>;
  now?: () => Date;
}

/**
 * What the bot does when a platform says a group changed: a rename updates the stored name;
 * removal pauses the binding (no digests), gives up the sends still waiting for that group
 * (they could only fail) and tells the admins; being back in the group resumes it.
 */
export function chatLifecycle(platform: Platform, deps: ChatLifecycleDeps): ChatEvents {
  const now = deps.now ?? (() => new Date());
  const log = deps.logger.child({ platform });
  return {
    async renamed(chatId, name) {
      if (await renameGroup(deps.db, platform, chatId, name)) log.info({ chat: chatId, name }, 'group renamed; name updated');
    },
    async removed(chatId) {
      const group = await setGroupPaused(deps.db, platform, chatId, now());
      if (!group) return;
      const cancelled = await cancelPendingSends(deps.db, platform, chatId, 'cancelled: the bot is no longer in the group');
      log.warn({ chat: chatId, cancelled }, 'bot removed from a bound group; binding paused');
      const text = adminText.removedFromGroup(group.name ?? chatId, cancelled);
      await deps.enqueue(adminDestinations(deps.adminIds).map((to) => ({ to, text })));
    },
    async mayAccept(request) {
      const mode = deps.autoAccept ?? 'off';
      const admin = deps.adminIds.includes(`${platform}:${request.fromId}`);
      const accept =
        mode !== 'off' &&
        (admin || (mode === 'roster' && (await onRoster(deps.db, platform, request.fromId, request.fromName, request.kind === 'friend'))));
      // Who asked, by id: whoever runs the bot can look the request up on the phone.
      log.info(
        { kind: request.kind, from: request.fromId, group: request.groupName ?? undefined, mode, accept },
        accept ? 'request accepted' : 'request ignored: not an admin or on the roster',
      );
      return accept;
    },
    async rejoined(chatId) {
      const group = await setGroupPaused(deps.db, platform, chatId, null);
      if (!group) return;
      log.info({ chat: chatId }, 'bot back in a bound group; binding resumed');
      const text = adminText.rejoinedGroup(group.name ?? chatId);
      await deps.enqueue(adminDestinations(deps.adminIds).map((to) => ({ to, text })));
    },
  };
}
