import type { Client } from '@larksuiteoapi/node-sdk';
import { createSeenCache } from './create-seen-cache.ts';

export interface BotIdentity {
  openId: string;
  name: string;
}

/** What the tenant's directory says about a sender: Lark vouches for these, the sender cannot type them. */
export interface UserProfile {
  name: string | null;
  /** The tenant's user_id (needs contact:user.employee_id:readonly), matched against the roster's 飞书ID. */
  userId: string | null;
  /** The account's mobile (needs contact:user.phone:readonly), matched against the roster's 责任人电话. */
  mobile: string | null;
}

/**
 * What the message event does not carry: the sender's name and tenant identity (contact
 * API) and the chat's name (chat API), cached, each lookup bounded so an event is still
 * acknowledged within Lark's 3 s. A failed lookup (no contact permission, a slow API) falls
 * back and is not retried for a while. The name is only shown; the tenant user id and
 * mobile are what link a Lark account to its roster member.
 */
export function createDirectory(client: Client, options: { lookupTimeoutMs?: number } = {}) {
  const timeoutMs = options.lookupTimeoutMs ?? 1200;
  const users = createSeenCache<UserProfile | null>({ ttlMs: 6 * 3600_000, maxEntries: 20_000 });
  const chats = createSeenCache<string | null>({ ttlMs: 3600_000, maxEntries: 5_000 });
  // Names events carried, kept apart from the directory's answers: a name is no identity.
  const learned = createSeenCache<string>({ ttlMs: 6 * 3600_000, maxEntries: 20_000 });

  async function cached<T>(
    cache: ReturnType<typeof createSeenCache<T | null>>,
    key: string,
    fetch: () => Promise<T | null>,
  ): Promise<T | null> {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = await within(timeoutMs, fetch()).catch(() => null);
    // A failed lookup is retried after a few minutes, not after the cache's hours.
    cache.set(key, value, value === null ? 5 * 60_000 : undefined);
    return value;
  }

  const user = (openId: string) =>
    cached(users, openId, async () => {
      const res = await client.contact.v3.user.get({ path: { user_id: openId }, params: { user_id_type: 'open_id' } });
      const u = res.code === 0 ? res.data?.user : undefined;
      return u ? { name: u.name ?? null, userId: u.user_id || null, mobile: u.mobile || null } : null;
    });

  return {
    /** Remembers a name an event did carry (a card click's operator, a mention). */
    learnUser(openId: string, name: string | undefined) {
      if (openId && name) learned.set(openId, name);
    },
    cachedUser: (openId: string) => users.get(openId)?.name ?? learned.get(openId) ?? undefined,
    user,
    userName: async (openId: string) => (await user(openId))?.name ?? learned.get(openId) ?? null,
    chatName: (chatId: string) =>
      cached(chats, chatId, async () => {
        const res = await client.im.v1.chat.get({ path: { chat_id: chatId } });
        return res.code === 0 ? (res.data?.name ?? null) : null;
      }),
  };
}

/** The bot's own open_id and name (GET /open-apis/bot/v3/info), to tell an @ of the bot from others. */
export async function fetchBotIdentity(client: Client): Promise<BotIdentity> {
  const res = (await client.request({ url: '/open-apis/bot/v3/info', method: 'GET' })) as {
    code?: number;
    msg?: string;
    bot?: { open_id?: string; app_name?: string };
  };
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
