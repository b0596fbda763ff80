import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matchHousehold } from '../../storage/households.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

describe('matching a typed name to the roster', () => {
  let t: TestDb;
  let villageId: number;
  beforeEach(async () => {
    t = await createTestDb();
    villageId = (await t.db.prisma.village.create({ data: { name: '三星村' } })).id;
  });
  afterEach(async () => {
    await t.destroy();
  });

  const roster = (...rows: Array<[string, string | null]>) =>
    t.db.prisma.household.createMany({ data: rows.map(([headName, group]) => ({ villageId, headName, group })) });

  it('finds the household whose name is exactly the one typed', async () => {
    await roster(['王德福', '4组'], ['李秀英', '4组']);
    const m = await matchHousehold(t.db.prisma, villageId, '王德福');
    expect(m.kind === 'exact' && m.household.headName).toBe('王德福');
  });

  it('prefers the household in the group typed when two share a name', async () => {
    await roster(['王德福', '2组'], ['王德福', '4组']);
    const m = await matchHousehold(t.db.prisma, villageId, '王德福', '4组');
    expect(m.kind === 'exact' && m.household.group).toBe('4组');
  });

  it('calls a homophone a near miss and suggests the roster name', async () => {
    await roster(['王德福', '4组']);
    const m = await matchHousehold(t.db.prisma, villageId, '汪得付');
    expect(m).toMatchObject({ kind: 'near-miss', suggestions: [{ headName: '王德福' }] });
  });

  it('calls a name one character off a near miss', async () => {
    await roster(['王德福', '4组']);
    const m = await matchHousehold(t.db.prisma, villageId, '王海福');
    expect(m).toMatchObject({ kind: 'near-miss', suggestions: [{ headName: '王德福' }] });
  });

  it('calls a name not close to anyone on the roster not in the roster', async () => {
    await roster(['王德福', '4组']);
    expect((await matchHousehold(t.db.prisma, villageId, '赵小二')).kind).toBe('not-in-roster');
  });

  it('says nothing about a name when the village has no roster yet', async () => {
    expect((await matchHousehold(t.db.prisma, villageId, '赵小二')).kind).toBe('no-roster');
  });
});
