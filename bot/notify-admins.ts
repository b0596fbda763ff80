import { adminDestinations } from '../core/admin-destinations.ts';
import { BotError } from '../core/bot-error.ts';
import { adminText } from '../prompts/admin.ts';
import type { ErrorHandler } from './error-boundary.ts';
import type { Outbox } from './outbox-worker.ts';

const CONNECTION = /^(WECHAT|LARK|WECOM)_/;
const PLATFORM_OF = { WECHAT: 'wechat', LARK: 'lark', WECOM: 'wecom' } as const;
const PLATFORM_NAME = { wechat: '微信', lark: '飞书', wecom: '企业微信' } as const;

/**
 * Wraps the error handler so a platform connection problem (token refused, service gone)
 * also reaches the admins on the other platforms: when WeChat is down, nobody would read a
 * warning sent over WeChat. Once per error code per hour, so a flapping link is not a flood.
 */
export function notifyAdminsOnOtherPlatforms(
  base: ErrorHandler,
  deps: { outbox: Pick<Outbox, 'enqueue' | 'kick'>; adminIds: readonly string[]; now?: () => Date },
): ErrorHandler {
  const lastSent = new Map<string, number>();
  const now = deps.now ?? (() => new Date());
  return (e) => {
    base(e);
    const err = e.error;
    if (!(err instanceof BotError) || !CONNECTION.test(err.code)) return;
    const at = now().getTime();
    if (at - (lastSent.get(err.code) ?? -Infinity) < 3600_000) return;
    const failing = PLATFORM_OF[err.code.split('_')[0] as keyof typeof PLATFORM_OF];
    const to = adminDestinations(deps.adminIds).filter((d) => d.platform !== failing);
    if (!to.length) return;
    lastSent.set(err.code, at);
    const text = adminText.platformTrouble(PLATFORM_NAME[failing], err.message, err.hint);
    void deps.outbox
      .enqueue(
        to.map((dest) => ({ to: dest, text })),
        { dedupeKey: `admin:${err.code}:${Math.floor(at / 3600_000)}` },
      )
      .then(() => deps.outbox.kick())
      .catch(() => {});
  };
}
