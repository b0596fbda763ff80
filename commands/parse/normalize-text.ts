// Phones and chat apps add characters a rule should not have to know about: full-width
// digits and letters from the Chinese IME, the ideographic space, WeChat's U+2005 after an
// @mention, zero-width joiners pasted from forms, the emoji selector after ✔️, stray control characters. They are folded
// here once. Chinese punctuation (，：（）) is kept as typed: it ends up in descriptions a
// cadre reads back, and the rules accept both widths anyway.

const NEEDS_WORK =
  /[\r\u0000-\u0009\u000B-\u001F\u007F\u00A0\u2000-\u200F\u2028\u2029\u202F\u205F\u2060\u3000\uFE00-\uFE0F\uFEFF\uFF03\uFF0D-\uFF19\uFF20-\uFF3A\uFF41-\uFF5A]/;
const FOLD =
  /\r\n?|[\u0000-\u0009\u000B-\u001F\u007F\u00A0\u2000-\u200F\u2028\u2029\u202F\u205F\u2060\u3000\uFE00-\uFE0F\uFEFF\uFF03\uFF0D-\uFF19\uFF20-\uFF3A\uFF41-\uFF5A]/g;
const ZERO_WIDTH = /[\u200B-\u200F\u2060\uFE00-\uFE0F\uFEFF]/;

function fold(ch: string): string {
  if (ch === '\r' || ch === '\r\n' || ch === '\u2028' || ch === '\u2029') return '\n';
  if (ZERO_WIDTH.test(ch)) return '';
  const code = ch.charCodeAt(0);
  // Full-width forms sit at a fixed distance from ASCII.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return ' ';
}

/** Folds phone-keyboard variants to one alphabet; never changes Chinese text or punctuation. */
export function normalizeText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(FOLD, fold);
}
