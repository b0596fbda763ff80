// Random mobile and ID numbers, written in the ways people write them, inside random
// Chinese text, through every one-line view and cut at random lengths: no output may hold
// eight digits in a row of any of them, nor any run of more than seven digits.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { clipText } from '../../core/clip-text.ts';
import { maskPii } from '../../core/mask-pii.ts';
import { maskReply } from '../../core/mask-reply.ts';
import { digestMessage } from '../../cadence/digest-message.ts';
import { brief, cadenceText } from '../../prompts/cadence.ts';
import { ledgerLine } from '../../prompts/ledger.ts';
import { expectNoPiece, expectShortRuns } from '../support/expect-masked.ts';

const DIGITS = [...'0123456789'];
/** Real province codes: an ID never starts 19 or 20, so it cannot pass for a year. */
const PROVINCES = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
];

const digits = (n: number) => fc.array(fc.constantFrom(...DIGITS), { minLength: n, maxLength: n }).map((a) => a.join(''));
const mobile = fc.tuple(fc.constantFrom(...'3456789'), digits(9)).map(([second, rest]) => `1${second}${rest}`);
const id18 = fc
  .tuple(fc.constantFrom(...PROVINCES), digits(15), fc.constantFrom(...DIGITS, 'X', 'x'))
  .map(([p, mid, check]) => `${p}${mid}${check}`);
const id15 = fc.tuple(fc.constantFrom(...PROVINCES), digits(13)).map(([p, rest]) => `${p}${rest}`);

interface Pii {
  kind: 'mobile' | 'id';
  value: string;
}

const pii: fc.Arbitrary<Pii> = fc.oneof(
  mobile.map((value) => ({ kind: 'mobile' as const, value })),
  id18.map((value) => ({ kind: 'id' as const, value })),
  id15.map((value) => ({ kind: 'id' as const, value })),
);

const SEPARATORS = [' ', '-', '.', '\u3000', ' - ', '－', '．', '\u00a0'];
const MOBILE_PREFIXES = ['', '', '+86 ', '+86', '86', '86 ', '0086 ', '＋86 ', '+86-'];
const LABELS = [
  '',
  '',
  '电话',
  '电话：',
  '手机',
  '手机号:',
  '联系方式 ',
  'tel',
  'Tel:',
  'TEL ',
  '身份证',
  '身份证号码',
  '身份证号：',
  'sfz',
  'SFZ',
  'ID',
  'id:',
  '证件号 ',
  '户主',
];

/** Where a number is split into groups: whole, the usual layouts, or anywhere. */
function layouts(p: Pii): fc.Arbitrary<number[]> {
  const n = p.value.length;
  const usual: number[][] =
    p.kind === 'mobile'
      ? [[3, 7]]
      : n === 18
        ? [
            [6, 14],
            [4, 8, 12, 16],
            [3, 6, 10, 14],
          ]
        : [
            [6, 12],
            [4, 8, 12],
          ];
  const anywhere = fc.uniqueArray(fc.integer({ min: 1, max: n - 1 }), { maxLength: 5 }).map((cuts) => cuts.sort((a, b) => a - b));
  return fc.oneof(fc.constant<number[]>([]), fc.constantFrom(...usual), anywhere);
}

const toFullWidth = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 48 + 0xff10));

/** One number as someone might type it: label, prefix, groups, separator, full-width digits. */
const written = pii.chain((p) =>
  fc
    .record({
      pii: fc.constant(p),
      cuts: layouts(p),
      sep: fc.constantFrom(...SEPARATORS),
      fullWidth: fc.boolean(),
      prefix: p.kind === 'mobile' ? fc.constantFrom(...MOBILE_PREFIXES) : fc.constant(''),
      label: fc.constantFrom(...LABELS),
    })
    .map((w) => {
      const parts: string[] = [];
      let from = 0;
      for (const cut of [...w.cuts, w.pii.value.length]) {
        parts.push(w.pii.value.slice(from, cut));
        from = cut;
      }
      const number = parts.join(w.sep);
      return { pii: w.pii, text: `${w.label}${w.prefix}${w.fullWidth ? toFullWidth(number) : number}` };
    }),
);

/** What surrounds the numbers: words, ledger numbers, dates and amounts that must stay readable. */
const PHRASES = [
  '户主',
  '王德福',
  '三星村4组',
  '屋顶漏雨，',
  '需维修',
  '#12 ',
  '12月1日前',
  '补助5万元',
  '补贴10000元',
  '时限2026-12-01前',
  '（李书记）',
  '家里',
  '共3户',
  '逾期5天',
  '。',
  '，',
  '联系',
  '水管破裂',
  '低保',
  '已核实',
];
const filler = fc.array(fc.constantFrom(...PHRASES), { maxLength: 4 }).map((a) => a.join(''));

/** Text with one to three numbers, side by side or with words between. */
const description = fc.tuple(filler, fc.array(fc.tuple(written, filler), { minLength: 1, maxLength: 3 })).map(([head, rest]) => ({
  text: head + rest.map(([w, f]) => w.text + f).join(''),
  numbers: rest.map(([w]) => w.pii),
}));

// The filler's one long number, the date, is not theirs (an ID may hold 20261201 too).
const withoutFillerDate = (output: string) => output.replaceAll('2026-12-01', '#');

function expectSafe(output: string, numbers: Pii[]): void {
  expectNoPiece(
    withoutFillerDate(output),
    numbers.map((n) => n.value),
  );
  expectShortRuns(output);
}

const RUNS = { numRuns: 1000 };
const TODAY = '2026-11-25';

describe('masking, whatever the format and wherever the cut', () => {
  it('masks every number in a text', () => {
    fc.assert(
      fc.property(description, ({ text, numbers }) => expectSafe(maskPii(text), numbers)),
      RUNS,
    );
  });

  it('leaves no longer prefix when a line is cut at any length (mask, then cut)', () => {
    fc.assert(
      fc.property(description, fc.integer({ min: 1, max: 90 }), ({ text, numbers }, max) => {
        const cut = clipText(text, max);
        expectSafe(cut, numbers);
        // What the outbox then does to it changes nothing that matters.
        expectSafe(maskPii(cut), numbers);
      }),
      RUNS,
    );
  });

  it('still shows no eight digits when something cut before masking (the outbox masks again)', () => {
    fc.assert(
      fc.property(description, fc.integer({ min: 1, max: 90 }), ({ text, numbers }, at) => {
        expectNoPiece(
          withoutFillerDate(maskPii(`${[...text].slice(0, at).join('')}…`)),
          numbers.map((n) => n.value),
        );
      }),
      RUNS,
    );
  });

  it('holds for the #台账 line (24 characters of description)', () => {
    fc.assert(
      fc.property(description, filler, fc.boolean(), ({ text, numbers }, head, withVillage) => {
        const line = ledgerLine(
          {
            villageName: '三星村',
            no: 12,
            householdName: '王德福',
            category: '住房',
            description: head + text,
            assignee: '李书记',
            dueOn: '2026-11-20',
          },
          TODAY,
          withVillage,
        );
        expectSafe(line, numbers);
      }),
      RUNS,
    );
  });

  it('holds for a reminder item (14 characters) and its digest, text and card', () => {
    fc.assert(
      fc.property(description, filler, fc.integer({ min: 4, max: 40 }), ({ text, numbers }, head, max) => {
        expectSafe(brief(head + text, max), numbers);
        const item = cadenceText.item({
          no: 3,
          description: head + text,
          householdName: '王德福',
          overdueDays: 5,
          assignee: '李书记',
          villageName: '三星村',
        });
        const digest = digestMessage(
          { platform: 'lark', chatId: 'oc_team' },
          '三星村工作队',
          { heading: '逾期提醒', subject: '三星村', lines: [item, text] },
          [{ id: null, name: text }],
        );
        const sent = maskReply(digest);
        for (const shown of [
          digest.text,
          digest.card!.title,
          ...digest.card!.rows.map((r) => r.text),
          ...digest.mentions!.map((m) => m.name),
          sent.text,
        ])
          expectSafe(shown, numbers);
      }),
      RUNS,
    );
  });
});
