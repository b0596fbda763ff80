// Control characters (a pasted form, a broken client) are kept in the inbox as typed but
// never written into the ledger, where they would break a spreadsheet cell or a screen.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]/g;

export function cleanText(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

export function cleanOrNull(text: string | null | undefined): string | null {
  if (text == null) return null;
  return cleanText(text) || null;
}
