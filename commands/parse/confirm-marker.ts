// `… 确认` at the very end of a check-in: the cadre stands by a date the bot asked about (a
// deadline already past, a visit dated ahead). The word must stand on its own after a space,
// a comma or a line break, so `需要村委会确认` is still part of the item.
const CONFIRM_TAIL = /(?:^|[\s,，;；。])(?:确认|确认无误|日期无误|确认日期)[。.!！]?\s*$/;

export function splitConfirmation(body: string): { body: string; confirmed: boolean } {
  const m = CONFIRM_TAIL.exec(body);
  if (!m) return { body, confirmed: false };
  return { body: body.slice(0, m.index), confirmed: true };
}
