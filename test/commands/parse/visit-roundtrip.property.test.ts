import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFlat } from './parse-at.ts';
import { CHECK_KEYS, type CheckKey } from '../../../core/checkin.ts';

// Visits written the many ways cadres write them must parse back to what was meant.
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗郑谢唐冉谭彭曾覃向田龚熊'];
const GIVEN = [...'德福桂芳秀兰建华光辉玉珍明先荣小琴春梅长贵凡军国强亮英大富启正'];
const VILLAGES = ['三星村', '红旗村', '龙潭村', '金竹村', '白果村', '青山村', '团结村', '杨柳社区', '石桥村', '滨河社区'];
const HAN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
const CATEGORY_WORDS: Array<[string, string]> = [
  ['脱贫户', '脱贫户'],
  ['监测户', '监测户'],
  ['低保户', '低保户'],
  ['特困户', '特困户'],
  ['一般户', '一般户'],
  ['边缘户', '监测户'],
  ['边缘易致贫户', '监测户'],
  ['脱贫不稳定户', '监测户'],
  ['突发严重困难户', '监测户'],
];
const METHOD_WORDS: Array<[string, string]> = [
  ['', '入户'],
  ['电话回访', '电话'],
  ['电话', '电话'],
  ['视频', '线上'],
  ['微信', '线上'],
  ['院坝会', '院坝会'],
];
const CHECK_WORD: Record<CheckKey, string[]> = {
  income: ['收入', '家庭收入', '人均收入'],
  food: ['吃穿', '不愁吃穿', '两不愁'],
  education: ['教育', '义务教育', '上学'],
  medical: ['医疗', '基本医疗', '医保', '看病'],
  housing: ['住房', '住房安全', '房屋'],
  water: ['饮水', '饮水安全', '吃水', '用水'],
};
const GOOD = ['√', '✓', '✔', '☑', '是', '正常', '达标', '有保障', 'OK'];
const BAD = ['×', '✗', 'X', '否', '不达标', '有问题', '缺'];

const visitCase = fc.record({
  name: fc
    .tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...GIVEN), fc.option(fc.constantFrom(...GIVEN), { nil: undefined }))
    .map(([s, a, b]) => s + a + (b ?? '')),
  village: fc.constantFrom(...VILLAGES),
  group: fc.integer({ min: 1, max: 15 }),
  groupStyle: fc.constantFrom('arabic', 'han', 'di', 'she'),
  category: fc.constantFrom(...CATEGORY_WORDS),
  method: fc.constantFrom(...METHOD_WORDS),
  checks: fc.tuple(...CHECK_KEYS.map(() => fc.tuple(fc.boolean(), fc.nat(), fc.nat(), fc.boolean()))),
  separator: fc.constantFrom(' ', '，', ','),
  form: fc.boolean(),
});

function groupText(n: number, style: string): string {
  if (style === 'han') return `${HAN_DIGITS[n]}组`;
  if (style === 'di') return `第${n}组`;
  if (style === 'she') return `${n}社`;
  return `${n}组`;
}

describe('visits written many ways', () => {
  it('parse back to the household, place, category, method and checks written', () => {
    fc.assert(
      fc.property(visitCase, (c) => {
        const marks = CHECK_KEYS.map((key, i) => {
          const [ok, w, m, colon] = c.checks[i];
          const words = CHECK_WORD[key];
          const marksOf = ok ? GOOD : BAD;
          return { key, ok, text: `${words[w % words.length]}${colon ? '：' : ''}${marksOf[m % marksOf.length]}` };
        });
        const place = `${c.village}${groupText(c.group, c.groupStyle)}`;
        const text = c.form
          ? [
              '#民情日记',
              `户主：${c.name}`,
              `村组：${place}`,
              `户类：${c.category[0]}`,
              c.method[0] && `方式：${c.method[0]}`,
              ...marks.map((m) => m.text),
            ]
              .filter(Boolean)
              .join('\n')
          : ['#走访', c.name, place, c.category[0], c.method[0], ...marks.map((m) => m.text)].filter(Boolean).join(c.separator);
        const r = parseFlat(text, new Date('2026-11-22T09:00:00+08:00'));
        expect(r.kind, text).toBe('visit');
        expect(r.ok, text).toBe(true);
        expect(r.visit, text).toMatchObject({
          household: c.name,
          village: c.village,
          group: `${c.group}组`,
          category: c.category[1],
          method: c.method[1],
          visitedOn: '2026-11-22',
        });
        expect(r.visit?.checks, text).toEqual(Object.fromEntries(marks.map((m) => [m.key, m.ok])));
        expect(
          r.issues.map((i) => i.fromCheck),
          text,
        ).toEqual(marks.filter((m) => !m.ok).map((m) => m.key));
      }),
      { numRuns: 1500 },
    );
  });
});
