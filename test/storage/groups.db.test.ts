import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bindGroup, findGroupBinding } from '../../storage/groups.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

describe('a group binding, looked up by platform chat id', () => {
  let t: TestDb;
  let township: { id: number };
  let village: { id: number };
  beforeEach(async () => {
    t = await createTestDb();
    township = await t.db.prisma.township.create({ data: { name: '后叶镇' } });
    village = await t.db.prisma.village.create({ data: { name: '三星村', townshipId: township.id } });
  });
  afterEach(async () => {
    await t.destroy();
  });

  it('gives a village group its village and, through it, its township', async () => {
    await bindGroup(t.db.prisma, { platform: 'wechat', chatId: 'room-1', name: '三星村工作队', villageId: village.id });
    expect(await findGroupBinding(t.db.prisma, 'wechat', 'room-1')).toEqual({
      id: expect.any(Number),
      kind: 'village',
      villageId: village.id,
      villageName: '三星村',
      townshipId: township.id,
      townshipName: '后叶镇',
    });
  });

  it('gives a township group its township and no village', async () => {
    await bindGroup(t.db.prisma, { platform: 'lark', chatId: 'oc_1', name: '后叶镇调度群', townshipId: township.id });
    expect(await findGroupBinding(t.db.prisma, 'lark', 'oc_1')).toMatchObject({
      kind: 'township',
      villageId: null,
      villageName: null,
      townshipId: township.id,
      townshipName: '后叶镇',
    });
  });

  it('gives a village outside any township no township', async () => {
    const lone = await t.db.prisma.village.create({ data: { name: '龙潭村' } });
    await bindGroup(t.db.prisma, { platform: 'wechat', chatId: 'room-2', name: null, villageId: lone.id });
    expect(await findGroupBinding(t.db.prisma, 'wechat', 'room-2')).toMatchObject({
      villageName: '龙潭村',
      townshipId: null,
      townshipName: null,
    });
  });

  it('finds nothing for the same chat id on another platform', async () => {
    await bindGroup(t.db.prisma, { platform: 'wechat', chatId: 'room-1', name: null, villageId: village.id });
    expect(await findGroupBinding(t.db.prisma, 'lark', 'room-1')).toBeNull();
  });
});
