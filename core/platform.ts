// The chat platforms the bot speaks on. A new platform is one more name here and one adapter
// in bot/adapters/; everything that stores or routes a platform reads this list.

export const PLATFORMS = ['console', 'wechat', 'lark', 'wecom'] as const;

export type Platform = (typeof PLATFORMS)[number];

export function isPlatform(value: string): value is Platform {
  return (PLATFORMS as readonly string[]).includes(value);
}

/**
 * Whether the bot can open a one-to-one chat with a person on its own. On WeCom the
 * 智能机器人 answers a private chat only through the response_url of a message the person
 * sent it (within the hour), so a code or a note "sent privately" from a group would never
 * arrive: commands ask the person to message the bot first, and the cadence leaves it out.
 */
export function canStartPrivateChat(platform: Platform): boolean {
  return platform !== 'wecom';
}
