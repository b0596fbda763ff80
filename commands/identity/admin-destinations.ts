import type { Platform } from '../../bot/types.ts';

const PLATFORMS: Platform[] = ['wechat', 'lark', 'console'];

/** The private chats of the accounts listed in ADMIN_IDS (`wechat:wxid_…`, `lark:ou_…`). */
export function adminDestinations(adminIds: string[]): Array<{ platform: Platform; chatId: string; private: true }> {
  return adminIds
    .map((id) => {
      const at = id.indexOf(':');
      return { platform: id.slice(0, at) as Platform, chatId: id.slice(at + 1), private: true as const };
    })
    .filter((d) => PLATFORMS.includes(d.platform) && d.chatId);
}
