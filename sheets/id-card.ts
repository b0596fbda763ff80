// Mainland resident ID numbers (GB 11643): 17 digits and a check character (0-9 or X).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function isValidIdCard(id: string): boolean {
  if (/^\d{15}$/.test(id)) return true; // first-generation cards, no check digit
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const sum = WEIGHTS.reduce((n, w, i) => n + w * Number(id[i]), 0);
  return CHECK[sum % 11] === id[17];
}
