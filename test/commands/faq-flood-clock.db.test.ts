// The per-person question guard reckons "the last minute" on the messages' own clock, so a bot
// whose clock is not the wall clock (a test, a replayed backlog) counts the same as a live one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureConsoleGroup } from '../../storage/console-group.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestBot, testConfig, handled } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

const START = new Date('2026-12-01T09:00:00+08:00');

describe('the question guard on an injected clock', () => {
  let t: TestDb;
  let clock: Date;
  let made: ReturnType<typeof createTestBot>;

  beforeEach(async () => {
    t = await createTestDb();
    clock = START;
    await ensureConsoleGroup(t.db, '三星村工作队', '三星村');
    made = createTestBot(t.db, { now: () => clock, config: testConfig({ FAQ_PER_PERSON_PER_MINUTE: '2' }) });
  });

  afterEach(async () => {
    await made.bot.stop();
    await t.destroy();
  });

  const ask = async (minutes: number) => {
    clock = new Date(START.getTime() + minutes * 60_000);
    return handled(made.bot, groupMessage('问：低保怎么申请？', { sentAt: clock, senderId: 'wx-liu', senderName: '刘大爷' }));
  };

  it('answers questions asked minutes apart, whatever the wall clock says', async () => {
    for (const minute of [0, 10, 20, 30]) expect((await ask(minute)).replies).toHaveLength(1);
  });

  it('still slows down questions asked within one minute', async () => {
    await ask(0);
    await ask(0.2);
    const third = await ask(0.4);
    expect(third.status).toBe('ignored');
    expect(third.replies[0].text).toContain('一分钟后');
    expect((await ask(0.6)).replies).toHaveLength(0);
  });
});
