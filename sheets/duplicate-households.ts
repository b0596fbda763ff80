import { rosterText } from '../prompts/roster.ts';
import type { RosterRow, RowProblem } from './roster-row.ts';

/** The household a row is about; an import updates the stored one with the same key (storage/roster.ts). */
function householdKey(r: RosterRow): string {
  return `${r.village}\u0000${r.group ?? ''}\u0000${r.headName}`;
}

function sameContent(a: RosterRow, b: RosterRow): boolean {
  return JSON.stringify({ ...a, row: 0 }) === JSON.stringify({ ...b, row: 0 });
}

/**
 * Rows that name the same household (村, 组, 户主) more than once in one file. Before, the
 * last one silently won. Now identical copies load once (a warning on the later ones), and
 * copies that differ are all left out and reported: which of them is right is for the
 * township to say, not for the import to guess.
 */
export function splitDuplicates(rows: RosterRow[]): { rows: RosterRow[]; errors: RowProblem[]; warnings: RowProblem[] } {
  const byKey = new Map<string, RosterRow[]>();
  for (const r of rows) {
    const same = byKey.get(householdKey(r));
    if (same) same.push(r);
    else byKey.set(householdKey(r), [r]);
  }
  const errors: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const left = new Set<RosterRow>();
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const [first, ...rest] = group;
    if (rest.every((r) => sameContent(first, r))) {
      for (const r of rest) {
        warnings.push({ row: r.row, reason: rosterText.duplicateSame(first.row) });
        left.add(r);
      }
      continue;
    }
    const household = [first.village, first.group, first.headName].filter(Boolean).join(' ');
    for (const r of group) {
      const others = group
        .filter((o) => o !== r)
        .map((o) => o.row)
        .join('、');
      errors.push({ row: r.row, reason: rosterText.duplicateDiffers(household, others) });
      left.add(r);
    }
  }
  return { rows: left.size ? rows.filter((r) => !left.has(r)) : rows, errors, warnings };
}
