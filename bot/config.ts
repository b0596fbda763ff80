import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import { PLATFORMS } from '../core/platform.ts';
import { BotError } from '../core/bot-error.ts';

const zhCN = z.locales.zhCN();

const cron = (fallback: string) =>
  z
    .string()
    .trim()
    .regex(/^(\S+\s+){4}\S+$/, '应为 5 段 cron 表达式')
    .default(fallback);
const int = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);
const optionalText = z.string().trim().min(1).optional().catch(undefined);
const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => ['true', '1', 'yes'].includes(v));
const dateList = z
  .string()
  .default('')
  .transform((s) => s.split(/[,\s，]+/).filter(Boolean))
  .pipe(z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期写成 2026-10-08')));
const hhmmRange = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, '写成 21:00-07:30')
  .default('21:00-07:30');

/**
 * Every key the bot reads, with its example. `.env.example` mirrors this list; the
 * examples are what an error message shows, so a wrong value is one edit from right.
 */
export const EXAMPLES: Record<string, string> = {
  DATABASE_URL: 'file:./data/bot.db  或  postgres://bot@127.0.0.1:5432/village_bot',
  LOG_LEVEL: 'info',
  BOT_NAME: '小助手',
  INSTANCE_ID: 'county-wechat-1',
  ADMIN_IDS: 'wechat:wxid_abc123,lark:ou_4f1b...',
  STALE_AFTER_SECONDS: '600',
  HEALTH_PORT: '8787',
  SEND_FAILING_DEGRADED_SECONDS: '300',
  CONSOLE: 'auto',
  WECHATY_PUPPET_SERVICE_TOKEN: 'insecure_3f2a9c1e-…（自建网关）或 puppet_workpro_…',
  WECHATY_PUPPET_SERVICE_ENDPOINT: '127.0.0.1:8788',
  WECHATY_PUPPET_SERVICE_NO_TLS: 'false',
  WECHAT_SEND_GAP_MS: '1500',
  WECHAT_SENDS_PER_MINUTE: '20',
  WECHAT_AUTO_ACCEPT: 'roster',
  LARK_APP_ID: 'cli_a1b2c3d4e5f6',
  LARK_APP_SECRET: '（飞书开放平台 > 凭证与基础信息）',
  LARK_MODE: 'ws',
  LARK_DOMAIN: 'feishu',
  LARK_ENCRYPT_KEY: '（事件与回调 > 加密策略）',
  LARK_VERIFICATION_TOKEN: '（事件与回调 > 加密策略）',
  LARK_WEBHOOK_PORT: '8790',
  LARK_SENDS_PER_SECOND: '4',
  WECOM_TOKEN: '（智能机器人 > API 模式 > 接收消息 Token）',
  WECOM_ENCODING_AES_KEY: '（智能机器人 > API 模式 > EncodingAESKey，43 位）',
  WECOM_PORT: '8791',
  WECOM_PATH: '/wecom/callback',
  WECOM_API_BASE: 'https://qyapi.weixin.qq.com',
  CRON_WEEKLY: '0 9 * * 1',
  CRON_VISIT_DAY: '0 8 * * 2',
  CRON_DISPATCH: '0 9 1,16 * *',
  CRON_MONTHLY: '30 9 1 * *',
  CRON_NUDGE: '0 10 * * *',
  QUIET_HOURS: '21:00-07:30',
  EXTRA_HOLIDAYS: '2026-11-25,2026-11-26',
  EXTRA_WORKDAYS: '2026-11-28',
  ESCALATE_AFTER_DAYS: '7',
  REVIEW_AFTER_DAYS: '60',
  MISSING_ESCALATE_DAYS: '3',
  VISIT_EVERY_DAYS: '30',
  FILES_DIR: './data/files',
  TOWNSHIP_HOTLINE: '0851-1234567',
  TEAM_PHONE: '13800000000',
  FAQ_PER_PERSON_PER_MINUTE: '3',
  UNSATISFIED_REVISIT_DAYS: '15',
  COMPLAINT_ANSWER_DAYS: '7',
  BACKUP_CRON: '30 2 * * *',
  BACKUP_DIR: 'data/backups',
  BACKUP_KEEP: '14',
  HTTP_PORT: '8080',
  BOARD_SECRET: '（至少 16 个字符的随机串，如 openssl rand -base64 32 的输出）',
  PUBLIC_URL: 'https://board.example.gov.cn',
  EVIDENCE_LINK_MINUTES: '5',
  EVIDENCE_MAX_BYTES: '20000000',
  EVIDENCE_DIR: './data/evidence',
};

/** Keys whose values are never printed, not even in an error. */
export const SECRET_KEYS = [
  'WECHATY_PUPPET_SERVICE_TOKEN',
  'LARK_APP_SECRET',
  'LARK_ENCRYPT_KEY',
  'LARK_VERIFICATION_TOKEN',
  'WECOM_TOKEN',
  'WECOM_ENCODING_AES_KEY',
  'DATABASE_URL',
  'BOARD_SECRET',
];

const Env = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^(file:|postgres(ql)?:\/\/)/, '应以 file: 或 postgres:// 开头')
    .default('file:./data/bot.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BOT_NAME: z.string().trim().min(1).default('小助手'),
  INSTANCE_ID: z.string().trim().min(1).default('bot-1'),
  ADMIN_IDS: z
    .string()
    .default('')
    .transform((s) => s.split(/[,\s，]+/).filter(Boolean))
    .pipe(z.array(z.string().regex(new RegExp(`^(${PLATFORMS.join('|')}):.+$`), '每项写成 平台:用户ID，如 wechat:wxid_abc'))),
  STALE_AFTER_SECONDS: int(600, 0, 7 * 24 * 3600),
  HEALTH_PORT: int(0, 0, 65535),
  SEND_FAILING_DEGRADED_SECONDS: int(300, 10, 7 * 24 * 3600),
  CONSOLE: z.enum(['auto', 'on', 'off']).default('auto'),
  WECHATY_PUPPET_SERVICE_TOKEN: optionalText,
  WECHATY_PUPPET_SERVICE_ENDPOINT: optionalText,
  WECHATY_PUPPET_SERVICE_NO_TLS: bool(false),
  WECHAT_SEND_GAP_MS: int(1500, 0, 60_000),
  WECHAT_SENDS_PER_MINUTE: int(20, 1, 600),
  // Friend requests and group invitations accepted without anyone at the phone: from admins and
  // people on the roster (roster), from admins only (admins), or from nobody (off).
  WECHAT_AUTO_ACCEPT: z.enum(['roster', 'admins', 'off']).default('roster'),
  LARK_APP_ID: optionalText,
  LARK_APP_SECRET: optionalText,
  LARK_MODE: z.enum(['ws', 'webhook']).default('ws'),
  LARK_DOMAIN: z.string().trim().default('feishu'),
  LARK_ENCRYPT_KEY: optionalText,
  LARK_VERIFICATION_TOKEN: optionalText,
  LARK_WEBHOOK_PORT: int(8790, 1, 65535),
  LARK_SENDS_PER_SECOND: int(4, 1, 50),
  WECOM_TOKEN: optionalText,
  WECOM_ENCODING_AES_KEY: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{43}$/, '应为 43 位字母和数字')
    .optional(),
  WECOM_PORT: int(8791, 1, 65535),
  WECOM_PATH: z
    .string()
    .trim()
    .regex(/^\/\S*$/, '应以 / 开头')
    .default('/wecom/callback'),
  WECOM_API_BASE: z.string().trim().url('应为网址').default('https://qyapi.weixin.qq.com'),
  CRON_WEEKLY: cron('0 9 * * 1'),
  CRON_VISIT_DAY: cron('0 8 * * 2'),
  CRON_DISPATCH: cron('0 9 1,16 * *'),
  CRON_MONTHLY: cron('30 9 1 * *'),
  CRON_NUDGE: cron('0 10 * * *'),
  QUIET_HOURS: hhmmRange,
  EXTRA_HOLIDAYS: dateList,
  EXTRA_WORKDAYS: dateList,
  ESCALATE_AFTER_DAYS: int(7, 1, 90),
  REVIEW_AFTER_DAYS: int(60, 1, 730),
  MISSING_ESCALATE_DAYS: int(3, 1, 90),
  VISIT_EVERY_DAYS: int(30, 1, 366),
  FILES_DIR: z.string().trim().min(1).default('./data/files'),
  TOWNSHIP_HOTLINE: optionalText,
  TEAM_PHONE: optionalText,
  FAQ_PER_PERSON_PER_MINUTE: int(3, 1, 60),
  UNSATISFIED_REVISIT_DAYS: int(15, 1, 90),
  COMPLAINT_ANSWER_DAYS: int(7, 1, 60),
  // Empty: no scheduled backup (`cli backup` still works).
  BACKUP_CRON: z
    .string()
    .trim()
    .regex(/^(\S+\s+){4}\S+$/, '应为 5 段 cron 表达式')
    .optional(),
  BACKUP_DIR: z.string().trim().min(1).default('data/backups'),
  BACKUP_KEEP: int(14, 1, 1000),
  HTTP_PORT: int(0, 0, 65535),
  BOARD_SECRET: z.string().trim().min(16, '至少 16 个字符').optional(),
  PUBLIC_URL: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, '写成 https://主机名 或 http://IP:端口')
    .transform((s) => s.replace(/\/+$/, ''))
    .optional(),
  EVIDENCE_LINK_MINUTES: int(5, 0, 60),
  EVIDENCE_MAX_BYTES: int(20_000_000, 1_000, 2_000_000_000),
  EVIDENCE_DIR: z.string().trim().min(1).default('./data/evidence'),
});

export type Env = z.infer<typeof Env>;

export interface Config extends Env {
  wechat: { token: string; endpoint?: string; noTls: boolean } | null;
  lark: {
    appId: string;
    appSecret: string;
    mode: 'ws' | 'webhook';
    domain: string;
    encryptKey?: string;
    verificationToken?: string;
    port: number;
  } | null;
  wecom: { token: string; encodingAesKey: string; port: number; path: string; apiBase: string } | null;
  /** Whether the terminal acts as a group chat (the default when no platform is configured). */
  console: boolean;
}

/** A pure parse of raw key/values into the bot's configuration; throws one BotError listing every bad key. */
export function createConfig(input: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== ''));
  // Custom messages (自定义) come through; everything else gets zod's own Chinese wording.
  const parsed = Env.safeParse(cleaned, { error: zhCN.localeError });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      const shown = SECRET_KEYS.includes(key) ? '' : `（现在是 ${JSON.stringify(cleaned[key] ?? '')}）`;
      return `${key}：${issue.message}${shown}；例：${key}=${EXAMPLES[key] ?? ''}`;
    });
    throw new BotError(
      'CONFIG_INVALID',
      `配置有误：\n  ${lines.join('\n  ')}`,
      '改正 .env 或环境变量中的这些项（每一项都在 .env.example 中有说明）',
    );
  }
  const env = parsed.data;
  const problems: string[] = [];
  if (env.LARK_APP_ID && !env.LARK_APP_SECRET)
    problems.push(`LARK_APP_SECRET：设置了 LARK_APP_ID 却没有密钥；例：LARK_APP_SECRET=${EXAMPLES.LARK_APP_SECRET}`);
  if (env.LARK_APP_SECRET && !env.LARK_APP_ID)
    problems.push(`LARK_APP_ID：设置了密钥却没有应用 ID；例：LARK_APP_ID=${EXAMPLES.LARK_APP_ID}`);
  if (env.LARK_APP_ID && env.LARK_MODE === 'webhook' && !env.LARK_VERIFICATION_TOKEN && !env.LARK_ENCRYPT_KEY) {
    problems.push('LARK_ENCRYPT_KEY：webhook 模式必须设置加密密钥或校验 Token，否则无法拒绝伪造的请求');
  }
  if (Boolean(env.WECOM_TOKEN) !== Boolean(env.WECOM_ENCODING_AES_KEY)) {
    problems.push(
      env.WECOM_TOKEN
        ? `WECOM_ENCODING_AES_KEY：设置了 WECOM_TOKEN 却没有加密密钥；例：WECOM_ENCODING_AES_KEY=${EXAMPLES.WECOM_ENCODING_AES_KEY}`
        : `WECOM_TOKEN：设置了加密密钥却没有 Token；例：WECOM_TOKEN=${EXAMPLES.WECOM_TOKEN}`,
    );
  }
  if (problems.length) throw new BotError('CONFIG_INVALID', `配置有误：\n  ${problems.join('\n  ')}`, '改正 .env 或环境变量中的这些项');
  const wechat = env.WECHATY_PUPPET_SERVICE_TOKEN
    ? { token: env.WECHATY_PUPPET_SERVICE_TOKEN, endpoint: env.WECHATY_PUPPET_SERVICE_ENDPOINT, noTls: env.WECHATY_PUPPET_SERVICE_NO_TLS }
    : null;
  const lark =
    env.LARK_APP_ID && env.LARK_APP_SECRET
      ? {
          appId: env.LARK_APP_ID,
          appSecret: env.LARK_APP_SECRET,
          mode: env.LARK_MODE,
          domain: env.LARK_DOMAIN,
          encryptKey: env.LARK_ENCRYPT_KEY,
          verificationToken: env.LARK_VERIFICATION_TOKEN,
          port: env.LARK_WEBHOOK_PORT,
        }
      : null;
  const wecom =
    env.WECOM_TOKEN && env.WECOM_ENCODING_AES_KEY
      ? {
          token: env.WECOM_TOKEN,
          encodingAesKey: env.WECOM_ENCODING_AES_KEY,
          port: env.WECOM_PORT,
          path: env.WECOM_PATH,
          apiBase: env.WECOM_API_BASE,
        }
      : null;
  const consoleOn = env.CONSOLE === 'on' || (env.CONSOLE === 'auto' && !wechat && !lark && !wecom);
  return { ...env, wechat, lark, wecom, console: consoleOn };
}

/**
 * Reads `.env` (if present) under the process environment, which wins. Called only by the
 * entry points (bot/main.ts, the cli); everything else receives a Config.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const file = path.join(cwd, '.env');
  let fromFile: Record<string, string> = {};
  if (existsSync(file)) {
    try {
      fromFile = parseDotenv(readFileSync(file));
    } catch (err) {
      throw new BotError('CONFIG_DOTENV', `无法读取 ${file}：${(err as Error).message}`, '检查 .env 的格式：每行 键=值', err);
    }
  }
  return createConfig({ ...fromFile, ...env });
}
