// The chat platforms the bot speaks on. A new platform is one more name here and one adapter
// in bot/adapters/; everything that stores or routes a platform reads this list.

export const PLATFORMS = ['console', 'wechat', 'lark', 'wecom'] as const;

export type Platform = (typeof PLATFORMS)[number];

export function isPlatform(value: string): value is Platform {
  return (PLATFORMS as readonly string[]).includes(value);
}
