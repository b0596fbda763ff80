import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runRemind } from '../../bot/cli/remind.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { cadenceConfig, quietLogger } from './cadence-support.ts';
import { resetTables, seedVillage } from './seed-village.ts';

describe('remind command', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.destroy();
  });
  beforeEach(async () => {
    await seedVillage(t.db.prisma);
  });
  afterEach(async () => {
    await resetTables(t.db.prisma);
  });

  async function remind(values: Record<string, string | boolean>) {
    const lines: string[] = [];
    const kicks = { count: 0 };
    const kick = async () => {
      kicks.count++;
      return 0;
    };
    // Pictures are drawn and written in digest-image.db.test.ts; here the text alone is checked.
    const textOnly = async (charts: unknown[]) => charts.map(() => null);
    const code = await runRemind(
      { config: cadenceConfig(), logger: quietLogger, db: t.db, kick, drawImages: textOnly },
      { values, positionals: [] },
      (l) => lines.push(l),
    );
    return { code, out: lines.join('\n'), kicks };
  }

  it('prints every message with its group or private recipient', async () => {
    const { code, out } = await remind({ now: '2026-11-23T10:00:00+08:00' });
    expect(code).toBe(0);
    expect(out).toContain('== 逾期提醒（nudge:2026-11-23）：已加入发送队列，4 条');
    expect(out).toContain('→ 群「三星村工作队」 wechat:room-sanxing@chatroom');
    expect(out).toContain('@刘主任 @李明 【逾期提醒】三星村');
    expect(out).toContain('→ 私聊 赵书记 wechat:wxid_zhao');
    expect(out).toContain('→ 群「后叶镇联村群」 wechat:room-houye@chatroom');
  });

  it('queues what it printed and kicks the outbox', async () => {
    const { kicks } = await remind({ now: '2026-11-23T09:00:00+08:00' });
    expect(await t.db.prisma.cadenceRun.count()).toBe(1);
    expect(await t.db.prisma.outboxMessage.count()).toBe(2);
    expect(kicks.count).toBe(1);
  });

  it('writes nothing with --dry-run', async () => {
    const { out } = await remind({ now: '2026-11-23T09:00:00+08:00', 'dry-run': true });
    expect(out).toContain('== 每周督查（weekly:2026-11-23）：将发送 2 条');
    expect(await t.db.prisma.cadenceRun.count()).toBe(0);
    expect(await t.db.prisma.outboxMessage.count()).toBe(0);
  });

  it('says a run already done is not sent again', async () => {
    await remind({ now: '2026-11-23T09:00:00+08:00' });
    const { out } = await remind({ now: '2026-11-23T09:00:00+08:00' });
    expect(out).toContain('== 每周督查（weekly:2026-11-23）：已经运行过，不再发送');
    expect(await t.db.prisma.outboxMessage.count()).toBe(2);
  });

  it('says when nothing is due, and why on a holiday', async () => {
    const { out } = await remind({ now: '2026-10-05T09:00:00+08:00', 'dry-run': true });
    expect(out).toContain('今天不是工作日（国庆节），走访日、提醒和调度顺延到 2026-10-08。');
    expect(out).toContain('此刻没有到期的督查、调度或提醒。');
  });

  it('refuses an unreadable --now instead of running for the current time', async () => {
    const { code, out } = await remind({ now: '明天九点' });
    expect(code).toBe(2);
    expect(out).toContain('--now 不是有效时间：明天九点');
    expect(await t.db.prisma.cadenceRun.count()).toBe(0);
  });
});
