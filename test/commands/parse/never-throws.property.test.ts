import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toContract } from '../../../bot/cli/parse.ts';
import { parseMessage } from '../../../commands/parse/parse-message.ts';
import type { ParseResult } from '../../../commands/registry.ts';
import { ContractSchema } from './contract-schema.ts';
import { flat } from './parse-at.ts';

const VALID = [
  '#走访 赖秋香 松林村3组 脱贫户 收入√ 吃穿√ 教育√ 医疗√ 住房×（屋顶漏雨） 饮水√ 需修缮 @李书记 3天内',
  '【走访】\n户主：柯长林\n村组：滨河社区十一组\n户类：边缘户\n日期：11月2日\n两不愁：√\n饮水安全：×（水压不足）\n问题：水压不足\n责任人：王队\n时限：本周五',
  '#问题（矛盾纠纷）：松林村2组两户因宅基地发生纠纷，由张主任负责，1月5日前',
  '#进展 12 已联系水管所，明天上门',
  '7号问题已整改，屋顶已修好',
  '问：低保怎么申请？',
  '#绑定 乡镇 白沙镇',
  '＃走访打卡 侯德全（枫香村6组，脱贫户）方式：视频连线 昨天 全部达标 满意度：不满意（路没修） 微心愿：想要一台轮椅 确认',
  '#问题 路灯坏了 时限2026年11月1日 确认',
  '#销号 1.5 小数',
];
const PIECES = [
  '满意度：',
  '不满意',
  '微心愿：',
  '确认',
  '1.5',
  '-3',
  '0',
  '2月30日',
  '13月',
  '2030年1月1日',
  '视频连线',
  '侯德全（枫香村6组，脱贫户）',
  '#',
  '＃',
  '【',
  '】',
  '走访',
  '问题',
  '：',
  '（',
  '）',
  '√',
  '×',
  '其余正常',
  '村',
  '组',
  '社区',
  '@',
  '？',
  '\n',
  ' ',
  '号问题已销号',
  '前',
  '内',
  '12',
  '月',
  '日',
  '责任人',
  '由',
  '负责',
  '\u2005',
  '\u0000',
  '\ud800',
  '😀',
];

/** Every result must fit the contract whatever the input; the internal-failure fallback must never show. */
function expectContract(raw: ParseResult): void {
  const parsed = ContractSchema.safeParse(toContract(raw));
  if (!parsed.success) throw new Error(`${JSON.stringify(toContract(raw))}\n${parsed.error.message}`);
  const result = flat(raw);
  expect(result.errors.some((e) => e.field === 'text')).toBe(false);
  expect(result.visit === null).toBe(result.kind !== 'visit');
  if (result.target) expect(['progress', 'close', 'answer']).toContain(result.kind);
  if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  expect(Array.isArray(result.warnings)).toBe(true);
  for (const w of result.warnings) expect(w.message.length).toBeGreaterThan(0);
  if (result.visit?.satisfactionReason) expect(result.visit.satisfaction).not.toBeNull();
  if (result.visit?.wish) expect(result.issues.some((i) => i.category === '微心愿')).toBe(true);
}

const instant = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });

describe('the parser on any input', () => {
  it('never throws and always fits the contract for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), instant, (text, now) => expectContract(parseMessage(text, now))),
      { numRuns: 1500 },
    );
  });

  it('never throws and always fits the contract for arbitrary Unicode, including astral characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), instant, fc.boolean(), (text, now, mentionsBot) =>
        expectContract(parseMessage(text, now, { mentionsBot })),
      ),
      { numRuns: 1500 },
    );
  });

  it('never throws on lone surrogates and control characters', () => {
    const odd = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });
    fc.assert(
      fc.property(odd, instant, (text, now) => expectContract(parseMessage(text, now))),
      { numRuns: 1500 },
    );
  });

  it('never throws on mutations of valid check-ins', () => {
    const mutated = fc
      .tuple(fc.constantFrom(...VALID), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.constantFrom(...PIECES)), { maxLength: 8 }))
      .map(([base, edits]) =>
        edits.reduce((text, [at, cut, piece]) => {
          const i = at % (text.length + 1);
          return text.slice(0, i) + piece + text.slice(i + cut);
        }, base),
      );
    fc.assert(
      fc.property(mutated, instant, (text, now) => expectContract(parseMessage(text, now))),
      { numRuns: 3000 },
    );
  });

  it('never throws on messages built from the language’s own pieces', () => {
    const soup = fc
      .array(fc.constantFrom(...PIECES, '收入', '饮水', '全部达标', '本周五', '三天内', '王德福', '监测户', '电话回访', '昨天'), {
        maxLength: 40,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(soup, instant, (text, now) => expectContract(parseMessage(text, now))),
      { numRuns: 3000 },
    );
  });

  it('does not throw on an invalid date for now', () => {
    expectContract(parseMessage('#走访 赖秋香 松林村3组 全部达标', new Date(Number.NaN)));
  });

  it('is a pure function: the same input gives the same result', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID), instant, (text, now) => {
        expect(parseMessage(text, now)).toEqual(parseMessage(text, new Date(now.getTime())));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the parser on large inputs', () => {
  it('handles 10,000 characters of one repeated word quickly', () => {
    const started = performance.now();
    for (const word of ['啊', '收入√', '三星村', '#', '（', '问题：', '@', '1', ' ', '责任人']) {
      expectContract(parseMessage(`#走访 ${word.repeat(Math.ceil(10_000 / word.length))}`, new Date()));
      expectContract(parseMessage(`#问题 ${word.repeat(Math.ceil(10_000 / word.length))}`, new Date()));
      expectContract(parseMessage(word.repeat(Math.ceil(10_000 / word.length)), new Date()));
    }
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('handles a message of emoji only', () => {
    expect(parseMessage('😀🎉👍🏽'.repeat(500), new Date()).kind).toBe('none');
  });
});
