import { describe, expect, it } from 'vitest';
import { createConfig, loadConfig } from '../../bot/config.ts';
import { BotError } from '../../core/bot-error.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function configError(input: Record<string, string>): BotError {
  try {
    createConfig(input);
  } catch (err) {
    return err as BotError;
  }
  throw new Error('expected createConfig to throw');
}

describe('createConfig', () => {
  it('gives a working SQLite console setup when nothing is set', () => {
    const c = createConfig({});
    expect(c.DATABASE_URL).toBe('file:./data/bot.db');
    expect(c.console).toBe(true);
    expect(c.wechat).toBeNull();
    expect(c.lark).toBeNull();
  });

  it('turns the console off by default once a platform is configured', () => {
    const c = createConfig({ WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_x' });
    expect(c.console).toBe(false);
    expect(c.wechat?.token).toBe('puppet_x');
  });

  it('names each bad key with an example of a right value', () => {
    const err = configError({ STALE_AFTER_SECONDS: 'soon', CRON_WEEKLY: 'every monday', DATABASE_URL: 'mysql://x' });
    expect(err).toBeInstanceOf(BotError);
    expect(err.code).toBe('CONFIG_INVALID');
    expect(err.message).toContain('STALE_AFTER_SECONDS');
    expect(err.message).toContain('CRON_WEEKLY');
    expect(err.message).toContain('例：CRON_WEEKLY=0 9 * * 1');
    expect(err.message).toContain('DATABASE_URL');
  });

  it('never prints a secret value in an error', () => {
    const err = configError({ DATABASE_URL: 'mysql://user:hunter2@db', LARK_APP_SECRET: 's3cr3t-value' });
    expect(err.message).not.toContain('hunter2');
    expect(err.message).not.toContain('s3cr3t-value');
  });

  it('requires the Lark secret when the Lark app id is set', () => {
    expect(configError({ LARK_APP_ID: 'cli_a1' }).message).toContain('LARK_APP_SECRET');
  });

  it('refuses webhook mode without a way to verify requests', () => {
    expect(configError({ LARK_APP_ID: 'cli_a1', LARK_APP_SECRET: 'x', LARK_MODE: 'webhook' }).message).toContain('LARK_ENCRYPT_KEY');
  });

  it('splits admin ids and holiday lists', () => {
    const c = createConfig({ ADMIN_IDS: 'wechat:wxid_a, lark:ou_b', EXTRA_HOLIDAYS: '2026-11-25,2026-11-26' });
    expect(c.ADMIN_IDS).toEqual(['wechat:wxid_a', 'lark:ou_b']);
    expect(c.EXTRA_HOLIDAYS).toEqual(['2026-11-25', '2026-11-26']);
  });
});

describe('loadConfig', () => {
  it('reads .env under the process environment, which wins', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cfg-'));
    writeFileSync(path.join(dir, '.env'), 'BOT_NAME=村务助手\nLOG_LEVEL=debug\n');
    const c = loadConfig({ LOG_LEVEL: 'warn' }, dir);
    expect(c.BOT_NAME).toBe('村务助手');
    expect(c.LOG_LEVEL).toBe('warn');
  });

  it('works with no .env file at all', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cfg-'));
    expect(loadConfig({}, dir).BOT_NAME).toBe('小助手');
  });
});

describe('.env.example', () => {
  it('documents every key the bot reads and nothing else', async () => {
    const { readFileSync } = await import('node:fs');
    const { EXAMPLES } = await import('../../bot/config.ts');
    const text = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const keys = [...text.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]).sort();
    expect(keys).toEqual(Object.keys(EXAMPLES).sort());
  });

  it('parses as a valid configuration as shipped', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('dotenv');
    const values = parse(readFileSync(new URL('../../.env.example', import.meta.url)));
    expect(() => createConfig(values)).not.toThrow();
  });
});
