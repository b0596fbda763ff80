// ID-card and mobile numbers are stored as given but never shown whole: not in a group, a
// private note, a card, a reminder, a log line or an export.
//
// What counts as a personal number (PII) here, and what does not.
//
// A "number" is a run of digits (ASCII or full-width) written together or in groups joined
// by up to three spaces, hyphens or dots on one line (`138 1234 5678`, `138-1234-5678`,
// `5101 0419 5207 1611 23`), optionally led by `+`. Within one run:
//
// Masked, because a person can be found or impersonated with it:
//  - a mobile number: 11 digits 13x–19x, also after 86 / +86 / 0086 → `138****5678`;
//  - a resident ID: 17 digits and a digit or X, or the old 15 digits → `5101**********1234`,
//    `5101*******1234`;
//  - any other 8 or more digits in a row or in joined groups (a bank card, an ID typed short,
//    two numbers run together) → every digit becomes `*`, so no part of it can be pieced
//    together with another view;
//  - right after a label saying a personal number follows (身份证, 证件号, sfz, ID, 电话, 手机,
//    联系方式, tel, phone, QQ, 微信), 7 digits are already enough to be masked.
// Left readable, because they identify no one and people need them:
//  - up to 7 digits: ledger numbers (#12), counts, amounts (5万元, 10000元), years, 12月1日;
//  - dates written 2026-12-01 or 2026.12.01;
//  - landlines with an area code (0851-1234567, 0851 12345678, (0851)1234567) and 400/800
//    service numbers: offices such as the township hotline or a clinic, not households;
//  - up to 10 digits followed by a unit of money, land or weight (12000000元, 150000.00元):
//    an amount — unless they have the shape of a mobile or ID number;
//  - the numbers the configuration makes public (TOWNSHIP_HOTLINE, TEAM_PHONE), however written;
//  - platform ids and links (`wxid_…`, `ou_…`, `oc_…`, `om_…`, `cli_…`, `…@chatroom`, http(s) URLs).
//
// Masked text masked again is unchanged. Anything that cuts text short (a one-line view)
// masks first: a number cut short no longer looks like a phone or ID (bot/clip-text.ts).

const DIGIT = '[0-9\\uFF10-\\uFF19]';
/** Between digit groups: space, no-break and ideographic space, tab, the hyphens and dashes people type, dots. */
const SEP = '[ \\u00A0\\u3000\\t\\-\\u2010-\\u2013\\uFF0D.\\uFF0E]';
// An ID's final X may come after a separator too (5101 0419 5207 1611 2 X).
const NUMBER = `(?:[+\\uFF0B]\\s?)?${DIGIT}(?:${SEP}{0,3}${DIGIT})*(?:${SEP}{0,3}[Xx])?`;
const KEPT = [
  'https?:\\/\\/[^\\s\\u3000，。；、）)」】]+',
  '(?<![A-Za-z0-9])(?:wxid|ou|oc|om|on|cli)_[A-Za-z0-9_-]+',
  `${DIGIT}+@chatroom`,
  // A landline with its area code in brackets: (0851)1234567, （0851） 12345678.
  `[(\\uFF08]0${DIGIT}{2,3}[)\\uFF09]\\s?[1-9\\uFF11-\\uFF19]${DIGIT}{6,7}(?!${DIGIT})`,
].join('|');
const SCAN = new RegExp(`(${KEPT})|(${NUMBER})`, 'g');
const IS_DIGIT = new RegExp(DIGIT);
const HAS_RUN = new RegExp(`${DIGIT}(?:${SEP}{0,3}${DIGIT}){6}`);
const GROUP = new RegExp(`${DIGIT}+[Xx]?|[Xx]`, 'g');
const ANY_DIGIT = new RegExp(`${DIGIT}|[Xx]`, 'g');
const NOT_DIGIT = /[^0-9\uFF10-\uFF19Xx]/g;
const VISIBLE_STRETCH = new RegExp(`${DIGIT}(?:${SEP}{0,3}(?:${DIGIT}|[Xx]))*`, 'g');
/** The digits a masked number shows before its first `*` (with an 86 prefix), and after its last. */
const SHOWN_START = /^[^*]*/;
const SHOWN_END = /[^*]*$/;

const LABEL = /(?:身份证|证件|sfz|id|电话|手机|联系方式|tel|phone|mobile|qq|微信)(?:号码|号|码)?(?:是|为)?\s*[:：]?\s*$/i;
/** A number right after `#` or 第 is a ledger or ordinal number, never part of a longer one. */
const ORDINAL = /[#＃第]$/;
/** Money, land and weight: what a long number followed by one of these is (not 户, 人: 户主 follows an ID). */
const UNIT = /^\s?(?:元|万元|亿元|块钱|亩|斤|公斤|吨|平方米|立方米|%|％)/;
/** Ten billion yuan is as large as an amount in a village ledger gets. */
const MAX_AMOUNT_DIGITS = 10;

/** Resident IDs start with a province code (11 北京 … 65 新疆, 71 台湾, 81–83 港澳台居民, 91): never 19 or 20, like a year. */
const PROVINCE = '(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3]|91)';
const ID18 = new RegExp(`^${PROVINCE}\\d{15}[\\dX]$`);
const ID15 = new RegExp(`^${PROVINCE}\\d{13}$`);
const MOBILE = /^1[3-9]\d{9}$/;
const PREFIXED_MOBILE = /^(?:0086|86)1[3-9]\d{9}$/;
const LANDLINE_WHOLE = /^0[1-9]\d{1,2}[1-9]\d{6,7}$/;
/** A mobile dialled with a trunk 0 has a landline's length; it is still a mobile. */
const TRUNK_MOBILE = /^01[3-9]\d{9}$/;
const AREA_CODE = /^0[1-9]\d{1,2}$/;
const LOCAL_NUMBER = /^[1-9]\d{6,7}$/;
const SERVICE = /^[48]00\d{7}$/;
const YEAR = /^(?:19|20)\d\d$/;
const MONTH = /^(?:0?[1-9]|1[0-2])$/;
const DAY = /^(?:0?[1-9]|[12]\d|3[01])$/;

interface Group {
  /** ASCII digits (and a final X). */
  digits: string;
  start: number;
  end: number;
  /** The separator text before this group ('' for the first). */
  sep: string;
}

/** A stretch of a run's groups, i..j: shown as written, masked as a mobile or ID, or left to judge. */
interface Piece {
  kind: 'readable' | 'personal' | 'left';
  i: number;
  j: number;
  masked?: string;
}

export interface PiiMaskerOptions {
  /** Numbers that may be shown whole (the township hotline, the team phone); any format. */
  publicNumbers?: Array<string | null | undefined>;
}

export type MaskPii = (text: string) => string;

const toAscii = (s: string) => s.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48));
const stars = (s: string) => s.replace(ANY_DIGIT, '*');
const hideLongStretches = (s: string) => s.replace(VISIBLE_STRETCH, (m) => (m.replace(NOT_DIGIT, '').length >= 8 ? stars(m) : m));

function groupsOf(run: string): Group[] {
  const groups: Group[] = [];
  let last = -1;
  for (const m of run.matchAll(GROUP)) {
    const start = m.index;
    const sep = last < 0 ? '' : run.slice(last, start);
    groups.push({ digits: toAscii(m[0]).toUpperCase(), start, end: start + m[0].length, sep });
    last = start + m[0].length;
  }
  return groups;
}

export function createPiiMasker(options: PiiMaskerOptions = {}): MaskPii {
  const publicDigits = new Set((options.publicNumbers ?? []).map((n) => toAscii(n ?? '').replace(/\D/g, '')).filter((d) => d.length >= 5));

  /** The masked form of one run; `before` and `after` are the text around it. */
  function maskRun(run: string, before: string, after: string): string {
    const groups = groupsOf(run);
    const joined = (i: number, j: number) =>
      groups
        .slice(i, j + 1)
        .map((g) => g.digits)
        .join('');

    /** The last group of a configured public number at `i`, or -1. */
    function publicAt(i: number): number {
      for (let j = i; j < Math.min(groups.length, i + 6); j++) if (publicDigits.has(joined(i, j))) return j;
      return -1;
    }

    /** The last group of a date, landline or service number at `i`, or -1. */
    function readableAt(i: number): number {
      const [a, b, c, d] = [groups[i], groups[i + 1], groups[i + 2], groups[i + 3]];
      // A date is three groups and no more: 1990-12-01-234 is a mobile written oddly.
      const dateEnds = !d || /\s/.test(d.sep);
      if (c && dateEnds && YEAR.test(a.digits) && MONTH.test(b.digits) && DAY.test(c.digits) && /^[-.．]$/.test(b.sep) && b.sep === c.sep)
        return i + 2;
      if (LANDLINE_WHOLE.test(a.digits) && !TRUNK_MOBILE.test(a.digits)) return i;
      if (b && AREA_CODE.test(a.digits) && LOCAL_NUMBER.test(b.digits)) return i + 1;
      for (let j = i; j < Math.min(groups.length, i + 3); j++) if (SERVICE.test(joined(i, j))) return j;
      return -1;
    }

    /** A mobile or ID number starting at `i` (the longest), masked. */
    function personalAt(i: number): Piece | null {
      // The longest shape is 18 characters: join groups up to that, then try the longest first.
      let j = i;
      let size = groups[i].digits.length;
      while (j + 1 < groups.length && size + groups[j + 1].digits.length <= 18) size += groups[++j].digits.length;
      for (; j >= i; j--) {
        const d = joined(i, j);
        const piece = { kind: 'personal' as const, i, j };
        if (ID18.test(d)) return { ...piece, masked: `${d.slice(0, 4)}${'*'.repeat(10)}${d.slice(14)}` };
        if (ID15.test(d)) return { ...piece, masked: `${d.slice(0, 4)}${'*'.repeat(7)}${d.slice(11)}` };
        if (MOBILE.test(d)) return { ...piece, masked: `${d.slice(0, 3)}****${d.slice(7)}` };
        if (PREFIXED_MOBILE.test(d)) {
          // The 86 / 0086 stays as typed; the mobile after it is masked.
          const from = run.slice(groups[i].start, groups[j].end);
          const prefix = d.length - 11;
          let seen = 0;
          let cut = 0;
          while (cut < from.length && seen < prefix) if (IS_DIGIT.test(from[cut++])) seen++;
          while (cut < from.length && !IS_DIGIT.test(from[cut])) cut++;
          const m = d.slice(prefix);
          return { ...piece, masked: `${from.slice(0, cut)}${m.slice(0, 3)}****${m.slice(7)}` };
        }
      }
      return null;
    }

    // First pass: what each stretch of groups is. Groups nothing claims are "left" and are
    // judged in the second pass, when their neighbours are known.
    const pieces: Piece[] = [];
    const left = (i: number) => {
      const last = pieces[pieces.length - 1];
      if (last?.kind === 'left') last.j = i;
      else pieces.push({ kind: 'left', i, j: i });
    };
    let i = 0;
    if (ORDINAL.test(before) && groups.length > 1) {
      pieces.push({ kind: 'readable', i: 0, j: 0 });
      i = 1;
    }
    while (i < groups.length) {
      // A mobile or ID is looked for first: when in doubt, mask. A date or landline is shown
      // only at the start of a run or after another: right after other digits it may be the
      // rest of a number typed oddly (or two numbers typed with nothing between them).
      const shown = publicAt(i);
      const afterReadable = !pieces.length || pieces[pieces.length - 1].kind === 'readable';
      const readable = shown >= 0 || !afterReadable ? shown : readableAt(i);
      const piece = (shown < 0 ? personalAt(i) : null) ?? (readable >= 0 ? { kind: 'readable' as const, i, j: readable } : null);
      if (piece) pieces.push(piece);
      else left(i);
      i = piece ? piece.j + 1 : i + 1;
    }

    // Second pass: left digits are shown unless there are enough of them to identify someone.
    // What is shown as written for a reason (a date, a landline, an amount) is "fixed".
    const threshold = LABEL.test(before) ? 7 : 8;
    const parts: Array<{ text: string; fixed: boolean }> = [];
    let pos = 0;
    pieces.forEach((p, k) => {
      const first = groups[p.i];
      const last = groups[p.j];
      parts.push({ text: run.slice(pos, first.start), fixed: false });
      pos = last.end;
      const raw = run.slice(first.start, last.end);
      if (p.kind === 'personal') {
        // Right after another masked number (138****5678 5101…), the end of one and the start
        // of the next would read as eight digits in a row, and two numbers typed touching may
        // have been read across the wrong boundary: this one then shows only its end.
        const masked = p.masked ?? stars(raw);
        const before = pieces[k - 1]?.kind === 'personal' ? parts[parts.length - 2].text : '';
        const shownBefore = SHOWN_END.exec(before)?.[0].replace(NOT_DIGIT, '').length ?? 0;
        const head = SHOWN_START.exec(masked)?.[0] ?? '';
        const joins = shownBefore + head.replace(NOT_DIGIT, '').length >= 8;
        parts.push({ text: joins ? stars(head) + masked.slice(head.length) : masked, fixed: false });
      } else if (p.kind === 'readable') parts.push({ text: raw, fixed: true });
      else {
        const digits = joined(p.i, p.j).length;
        // 12000000元, 150000.00元: an amount says so with its unit (a cut-off ID does not).
        const plain = p.j === p.i || (p.j === p.i + 1 && /^[.．]$/.test(last.sep) && /^\d{1,2}$/.test(last.digits));
        const amount = plain && digits <= MAX_AMOUNT_DIGITS && k === pieces.length - 1 && UNIT.test(after);
        parts.push(amount ? { text: raw, fixed: true } : { text: digits >= threshold ? stars(raw) : raw, fixed: false });
      }
    });
    parts.push({ text: run.slice(pos), fixed: false });

    // Last, what is not fixed may still show eight digits in a row where pieces meet: the end
    // of a masked number and the digits next to it (130****2071 6112), or two numbers typed
    // with nothing between them. Such a stretch is hidden whole.
    let out = '';
    let loose = '';
    for (const part of parts) {
      if (!part.fixed) {
        loose += part.text;
        continue;
      }
      out += hideLongStretches(loose) + part.text;
      loose = '';
    }
    return out + hideLongStretches(loose);
  }

  return function maskPii(text: string): string {
    // Most texts hold no run of seven digits: nothing to do.
    if (!HAS_RUN.test(text)) return text;
    return text.replace(SCAN, (whole: string, kept: string | undefined, run: string | undefined, offset: number) => {
      if (kept !== undefined || run === undefined) return whole;
      return maskRun(run, text.slice(Math.max(0, offset - 12), offset), text.slice(offset + run.length, offset + run.length + 4));
    });
  };
}

/** Masks with no public numbers: for text whose configuration is not at hand (logs, exports, cut lines). */
export const maskPii: MaskPii = createPiiMasker();
