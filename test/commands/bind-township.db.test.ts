// Binding that cannot lose a village: `#绑定 村名` for a village no roster placed asks which
// township and binds nothing; `#绑定 村名 乡镇` places it; a village left without a township
// is named 未归属 in the township's dispatch and `#统计`; the visit day of a village with no
// roster says so instead of claiming every household was visited.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planHalfMonthlyDispatch } from '../../cadence/jobs/half-monthly-dispatch.ts';
import { planVisitDay } from '../../cadence/jobs/visit-day.ts';
import type { IncomingMessage } from '../../core/message.ts';
import { cadenceConfig, sh } from '../cadence/cadence-support.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestBot, handled, testConfig } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

const AT = sh('2026-12-01 10:00');
const admin = { platform: 'wechat' as const, senderId: 'wx-admin', senderName: '县管理员' };

describe('binding a village to its township', () => {
  let t: TestDb;
  let made: ReturnType<typeof createTestBot>;
  const files = mkdtempSync(path.join(tmpdir(), 'bind-'));
  const say = async (text: string, over: Partial<IncomingMessage>) => {
    const from = made.adapter.sent.length;
    const outcome = await handled(made.bot, groupMessage(text, { ...admin, sentAt: AT, ...over }));
    await made.outbox.drainOnce();
    return { status: outcome.status, text: made.adapter.sent.slice(from)[0]?.text ?? '' };
  };
  const groupOf = (chatId: string) => t.db.prisma.chatGroup.findUnique({ where: { platform_chatId: { platform: 'wechat', chatId } } });

  beforeAll(async () => {
    t = await createTestDb();
    made = createTestBot(t.db, {
      platform: 'wechat',
      config: testConfig({ ADMIN_IDS: 'wechat:wx-admin', FILES_DIR: files }),
      now: () => AT,
    });
  });
  afterAll(async () => {
    await made.bot.stop();
    await t.destroy();
    rmSync(files, { recursive: true, force: true });
  });

  it('with no township known at all, binds and says the village has none yet', async () => {
    const r = await say('#绑定 龙潭村', { chatId: 'lt', chatName: '龙潭村工作队' });
    expect(r.text).toContain('本群已绑定：龙潭村');
    expect(r.text).toContain('龙潭村还没有归属乡镇');
    expect(r.text).toContain('#绑定 龙潭村 乡镇名');
  });

  it('once a township exists, asks which one for a village the roster does not know, and binds nothing', async () => {
    expect((await say('#绑定 乡镇 后叶镇', { chatId: 'houye', chatName: '后叶镇联村群' })).text).toContain('后叶镇');
    const r = await say('#绑定 青石村', { chatId: 'qs', chatName: '青石村工作队' });
    expect(r.status).toBe('rejected');
    expect(r.text).toBe('花名册里没有青石村，请写上它属于哪个乡镇：#绑定 青石村 后叶镇（已有乡镇：后叶镇）。本次没有绑定。');
    expect(await t.db.prisma.village.findUnique({ where: { name: '青石村' } })).toBeNull();
    expect(await groupOf('qs')).toBeNull();
  });

  it('asks the same for a known village that has no township', async () => {
    const r = await say('#绑定 龙潭村', { chatId: 'lt2', chatName: '龙潭村二群' });
    expect(r.text).toContain('龙潭村还没有归属乡镇，请写上它属于哪个乡镇：#绑定 龙潭村 后叶镇');
    expect(await groupOf('lt2')).toBeNull();
  });

  it('#绑定 村名 乡镇 places the village in the township and binds the group', async () => {
    const r = await say('#绑定 青石村 后叶镇', { chatId: 'qs', chatName: '青石村工作队' });
    expect(r.text).toBe('好的，本群已绑定：青石村（后叶镇，村工作群）。');
    const village = await t.db.prisma.village.findUniqueOrThrow({ where: { name: '青石村' }, include: { township: true } });
    expect(village.township?.name).toBe('后叶镇');
    expect((await groupOf('qs'))?.villageId).toBe(village.id);
  });

  it('names the village with no township as 未归属 in the dispatch', async () => {
    const [m] = await planHalfMonthlyDispatch(t.db.prisma, sh('2026-12-01 09:00'), cadenceConfig({ FILES_DIR: files }));
    expect(m.to).toEqual({ platform: 'wechat', chatId: 'houye' });
    expect(m.text.split('\n').slice(-2)).toEqual([
      '未归属乡镇的村：龙潭村（不在任何乡镇的调度里，请管理员发“#绑定 村名 乡镇名”）',
      '完整清单见附件：调度清单_后叶镇_11月16日—30日.xlsx',
    ]);
  });

  it('names it in the township group’s #统计 too, not in a village group’s', async () => {
    const township = await say('#统计', { chatId: 'houye', chatName: '后叶镇联村群' });
    expect(township.text).toContain('未归属乡镇的村：龙潭村');
    const village = await say('#统计', { chatId: 'qs', chatName: '青石村工作队' });
    expect(village.text).not.toContain('未归属');
  });

  it('says 未导入花名册 on the visit day of a village with no households, and the usual line where all were visited', async () => {
    const qs = await t.db.prisma.village.findUniqueOrThrow({ where: { name: '青石村' } });
    const lt = await t.db.prisma.village.findUniqueOrThrow({ where: { name: '龙潭村' } });
    const h = await t.db.prisma.household.create({ data: { villageId: lt.id, headName: '杨德明', group: '2组' } });
    await t.db.prisma.visit.create({
      data: { villageId: lt.id, householdId: h.id, householdName: '杨德明', method: '入户', visitedOn: '2026-11-28' },
    });
    const messages = await planVisitDay(t.db.prisma, sh('2026-12-01 08:00'), cadenceConfig());
    const to = (chatId: string) => messages.find((m) => m.to.chatId === chatId)?.text;
    expect(to('qs')).toBe(
      '【周二走访日】青石村 12月1日\n本村未导入花名册，无法判断哪些户该走访。请管理员导入花名册（含户主、组、户类、帮扶责任人）。',
    );
    expect(to('lt')).toContain('各户均在30天内走访过');
    expect(qs.townshipId).not.toBeNull();
  });
});
