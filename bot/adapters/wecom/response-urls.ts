/**
 * WeCom's `response_url` answers one message, once, within an hour of it. Kept per chat (a
 * group, or a person's one-to-one chat), newest last: a reply to that chat takes the newest
 * one still valid, and it is gone from then on, whether the post worked or not.
 */
export const RESPONSE_URL_LIFETIME_MS = 3600_000;
/** Taken this long before WeCom's hour runs out, so a post in flight does not arrive late. */
const SAFETY_MS = 60_000;
const MAX_PER_CHAT = 20;

export function createResponseUrls(options: { now?: () => number } = {}) {
  const now = options.now ?? Date.now;
  const byChat = new Map<string, Array<{ url: string; expires: number }>>();

  return {
    add(chat: string, url: string, receivedAt = now()): void {
      const list = (byChat.get(chat) ?? []).filter((e) => e.url !== url);
      list.push({ url, expires: receivedAt + RESPONSE_URL_LIFETIME_MS - SAFETY_MS });
      byChat.set(chat, list.slice(-MAX_PER_CHAT));
    },
    /** The newest valid URL for the chat, removed; null when there is none. */
    take(chat: string): string | null {
      const list = (byChat.get(chat) ?? []).filter((e) => e.expires > now());
      const entry = list.pop() ?? null;
      if (list.length) byChat.set(chat, list);
      else byChat.delete(chat);
      return entry?.url ?? null;
    },
  };
}
