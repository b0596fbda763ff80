import { BotError } from '../core/bot-error.ts';
import { isPlatform, type Platform } from '../core/platform.ts';

/**
 * A platform as stored (a text column) read back as the Platform type: the one place a stored
 * string becomes one. A value no adapter knows means the database was written by another
 * version of the bot; saying so beats sending to a platform that is not there.
 */
export function toPlatform(value: string): Platform {
  if (isPlatform(value)) return value;
  throw new BotError('DB_PLATFORM', `数据库中有未知平台：${value}`, '检查是否用新版本写过这个数据库；升级到该版本后再启动');
}
