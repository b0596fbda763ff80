import { isPlatform, type Platform } from './platform.ts';

/** The private chats of the accounts listed in ADMIN_IDS (`wechat:wxid_…`, `lark:ou_…`); unknown platforms are left out. */
export function adminDestinations(adminIds: readonly string[]): Array<{ platform: Platform; chatId: string; private: true }> {
  const out: Array<{ platform: Platform; chatId: string; private: true }> = [];
  for (const id of adminIds) {
    const at = id.indexOf(':');
    const platform = id.slice(0, at);
    const chatId = id.slice(at + 1);
    if (at > 0 && isPlatform(platform) && chatId) out.push({ platform, chatId, private: true });
  }
  return out;
}
