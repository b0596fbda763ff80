import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { planVisitDay } from '../../cadence/jobs/visit-day.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { cadenceConfig, sh } from './cadence-support.ts';
import { SANXING_GROUP, resetTables, seedVillage, WUXING_GROUP } from './seed-village.ts';

describe('visit day', () => {
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

  const plan = () => planVisitDay(t.db.prisma, sh('2026-11-24 08:00'), cadenceConfig());
  const to = async (chatId: string) => (await plan()).find((m) => m.to.chatId === chatId)!;

  it("names each cadre's most overdue households, never-visited first, a few each", async () => {
    const { text } = await to(SANXING_GROUP);
    expect(text.split('\n')).toEqual([
      '【周二走访日】三星村 11月24日',
      '今天是固定走访日，请优先走访：',
      '· 李明：孙四（从未走访）、周五（从未走访）、冯十（从未走访）等4户',
      '· 王芳：钱七（35天未访）',
      '· 未分配干部：郑九（从未走访）',
    ]);
  });

  it('@-mentions the cadres it names', async () => {
    expect((await to(SANXING_GROUP)).mentions).toEqual([
      { id: 'wxid_liming', name: '李明' },
      { id: null, name: '王芳' },
    ]);
  });

  it('leaves out households visited within 30 days', async () => {
    const { text } = await to(SANXING_GROUP);
    for (const name of ['王德福', '刘大山', '赵六', '吴八']) expect(text).not.toContain(name);
  });

  it('says a village with no roster (五星村 has no households) cannot be judged, instead of claiming all were visited', async () => {
    expect((await to(WUXING_GROUP)).text).toBe(
      '【周二走访日】五星村 11月24日\n本村未导入花名册，无法判断哪些户该走访。请管理员导入花名册（含户主、组、户类、帮扶责任人）。',
    );
  });
});
