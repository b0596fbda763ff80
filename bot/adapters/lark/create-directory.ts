import type { Client } from '@larksuiteoapi/node-sdk';
import { createSeenCache } from './create-seen-cache.ts';

export interface BotIdentity {
  openId: string;
  name: string;
}

/**
 * Names the message event does not carry: the sender's (contact API) and the chat's (chat
 * API), cached, each lookup bounded so an event is still acknowledged within Lark's 3 s.
 * A failed lookup (no contact permission, a slow API) falls back and is not retried for a
 * while. Sender names matter: the router links a new platform id to the roster by name.
 */
export function createDirectory(client: Client, options: { lookupTimeoutMs?: number } = {}) {
  const timeoutMs = options.lookupTimeoutMs ?? 1200;
  const users = createSeenCache<string | null>({ ttlMs: 6 * 3600_000, maxEntries: 20_000 });
  const chats = createSeenCache<string | null>({ ttlMs: 3600_000, maxEntries: 5_000 });

  async function cached(cache: typeof users, key: string, fetch: () => Promise<string | null>): Promise<string | null> {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = await within(timeoutMs, fetch()).catch(() => null);
    // A failed lookup is retried after a few minutes, not after the cache's hours.
    cache.set(key, value, value === null ? 5 * 60_000 : undefined);
    return value;
  }

  return {
    /** Remembers a name an event did carry (a card click's operator, a mention). */
    learnUser(openId: string, name: string | undefined) {
      if (openId && name) users.set(openId, name);
    },
    cachedUser: (openId: string) => users.get(openId) ?? undefined,
    userName: (openId: string) =>
      cached(users, openId, async () => {
        const res = await client.contact.v3.user.get({ path: { user_id: openId }, params: { user_id_type: 'open_id' } });
        return res.code === 0 ? (res.data?.user?.name ?? null) : null;
      }),
    chatName: (chatId: string) =>
      cached(chats, chatId, async () => {
        const res = await client.im.v1.chat.get({ path: { chat_id: chatId } });
        return res.code === 0 ? (res.data?.name ?? null) : null;
      }),
  };
}

/** The bot's own open_id and name (GET /open-apis/bot/v3/info), to tell an @ of the bot from others. */
export async function fetchBotIdentity(client: Client): Promise<BotIdentity> {
  const res = (await client.request({ url: '/open-apis/bot/v3/info', method: 'GET' })) as { code?: number; msg?: string; bot?: { open_id?: string; app_name?: string } };
  if (res?.code !== 0 || !res.bot?.open_id) {
    throw Object.assign(new Error(`bot info: code ${res?.code}, ${res?.msg ?? 'no open_id'}`), { code: res?.code });
  }
  return { openId: res.bot.open_id, name: res.bot.app_name ?? '' };
}

export function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
