// Cadres write small counts either way: `3天内` or `三天内`, `4组` or `四组`, `十一组`.

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const ARABIC = /^[0-9]{1,4}$/;

/** Characters a small Chinese or Arabic number is made of, for building regexes. */
export const NUMBER_CHARS = '0-9零〇一二两三四五六七八九十';

/** Parses `12`, `十二`, `二十`, `两`, `三十一`; null for anything else or above 99. */
export function parseSmallNumber(text: string): number | null {
  if (ARABIC.test(text)) return Number(text);
  if (!text || text.length > 3) return null;
  const ten = text.indexOf('十');
  if (ten === -1) return text.length === 1 && text in DIGITS ? DIGITS[text] : null;
  const before = text.slice(0, ten);
  const after = text.slice(ten + 1);
  const tens = before === '' ? 1 : before.length === 1 && before in DIGITS ? DIGITS[before] : null;
  const ones = after === '' ? 0 : after.length === 1 && after in DIGITS ? DIGITS[after] : null;
  if (tens === null || ones === null || tens === 0) return null;
  return tens * 10 + ones;
}
