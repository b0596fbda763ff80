import { describe, expect, it } from 'vitest';
import { mayAnswer } from '../../commands/may-answer.ts';
import { withinScope } from '../../commands/within-scope.ts';

const SANXING = { villageId: 1, townshipId: 10 };
const HONGYAN = { villageId: 2, townshipId: 10 };
const ELSEWHERE = { villageId: 3, townshipId: 20 };
const TOWNSHIP_GROUP = { villageId: null, townshipId: 10 };

describe('whose place is it', () => {
  const cadre = { role: 'cadre' as const, villageId: 1, townshipId: 10 };
  const villageLeader = { role: 'leader' as const, villageId: 1, townshipId: 10 };
  const townshipLeader = { role: 'leader' as const, villageId: null, townshipId: 10 };

  it("keeps a cadre and a village's leader to their own village", () => {
    for (const who of [cadre, villageLeader]) {
      expect(withinScope(who, SANXING)).toBe(true);
      expect(withinScope(who, HONGYAN)).toBe(false);
      expect(withinScope(who, TOWNSHIP_GROUP)).toBe(false);
    }
  });

  it("gives a township leader the township's villages and group, and nothing beyond", () => {
    expect(withinScope(townshipLeader, SANXING)).toBe(true);
    expect(withinScope(townshipLeader, HONGYAN)).toBe(true);
    expect(withinScope(townshipLeader, TOWNSHIP_GROUP)).toBe(true);
    expect(withinScope(townshipLeader, ELSEWHERE)).toBe(false);
  });

  it('gives admins everywhere and villagers nothing', () => {
    expect(withinScope({ role: 'admin', villageId: 1, townshipId: 10 }, ELSEWHERE)).toBe(true);
    expect(withinScope({ role: 'villager', villageId: 1, townshipId: 10 }, SANXING)).toBe(false);
  });

  it('leaves a question from nowhere known to admins and the console operator', () => {
    expect(mayAnswer(cadre, null)).toBe(false);
    expect(mayAnswer(townshipLeader, null)).toBe(false);
    expect(mayAnswer({ role: 'admin', villageId: null, townshipId: null }, null)).toBe(true);
    expect(mayAnswer({ role: 'cadre', villageId: null, townshipId: null }, null)).toBe(true);
    expect(mayAnswer(cadre, { ...HONGYAN, villageName: '红岩村' })).toBe(false);
  });
});
