// ID-card and mobile numbers are stored as given but never shown whole in a group, a
// reminder, a log line or an export meant for a group (DESIGN.md, "Text the bot says").
// The look-arounds keep ledger numbers, dates and amounts untouched; office landlines
// (the township hotline) are public and stay as they are.
const ID_CARD = /(?<![0-9A-Za-z])([1-9]\d{3})\d{10}(\d{3}[\dXx])(?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;

export function maskPii(text: string): string {
  if (!/\d{11}/.test(text)) return text;
  return text.replace(ID_CARD, '$1**********$2').replace(MOBILE, '$1****$2');
}
