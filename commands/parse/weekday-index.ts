// Monday = 0 … Sunday = 6, for the weekday a date or a deadline names (周三, 星期日, 礼拜天,
// 周7): one table for the visit-date and the deadline readers.
export const WEEKDAY_INDEX: Readonly<Record<string, number>> = {
  一: 0,
  二: 1,
  三: 2,
  四: 3,
  五: 4,
  六: 5,
  日: 6,
  天: 6,
  '1': 0,
  '2': 1,
  '3': 2,
  '4': 3,
  '5': 4,
  '6': 5,
  '7': 6,
};
