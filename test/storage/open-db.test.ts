import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDb } from '../../storage/db.ts';
import { BotError } from '../../core/bot-error.ts';

describe('openDb', () => {
  it('explains an unreachable PostgreSQL with the fix', async () => {
    const err = await openDb('postgres://nobody@127.0.0.1:1/none').catch((e) => e);
    expect(err).toBeInstanceOf(BotError);
    expect((err as BotError).code).toBe('DB_MIGRATE');
    expect((err as BotError).hint).toContain('PostgreSQL');
  });

  it('explains a data folder it cannot create', async () => {
    // A path through a regular file cannot become a folder, even for root.
    const dir = mkdtempSync(path.join(tmpdir(), 'ro-'));
    writeFileSync(path.join(dir, 'not-a-dir'), '');
    const err = await openDb(`file:${path.join(dir, 'not-a-dir', 'bot.db')}`).catch((e) => e);
    expect(err).toBeInstanceOf(BotError);
    expect((err as BotError).code).toBe('DB_DIR');
    expect((err as BotError).hint).toContain('DATABASE_URL');
  });

  it('rejects a DATABASE_URL it does not know with an example', async () => {
    const err = await openDb('mysql://x').catch((e) => e);
    expect((err as BotError).code).toBe('CONFIG_DATABASE_URL');
    expect((err as BotError).hint).toContain('file:./data/bot.db');
  });
});
