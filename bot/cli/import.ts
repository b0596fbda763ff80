import { rosterText } from '../../prompts/roster.ts';
import { readRoster } from '../../sheets/read-roster.ts';
import type { Db } from '../../storage/db.ts';
import { importRoster } from '../../storage/roster.ts';
import type { CliArgs } from './with-bot.ts';

/** Problems listed in full up to this many; a roster with thousands of bad rows needs fixing at the source. */
const MAX_LISTED = 50;

/**
 * `npm run cli -- import 花名册.xlsx`: loads townships, villages, households and their
 * 帮扶责任人. Bad rows are listed by row number and skipped; good rows load. Exit code 1
 * when any row was left out, so a script notices.
 */
export async function runImport(db: Db, args: CliArgs, out: (line: string) => void): Promise<number> {
  const file = args.positionals[0];
  if (!file) {
    out(rosterText.importUsage);
    return 2;
  }
  const roster = await readRoster(file);
  if (args.values['dry-run']) out(rosterText.checked(roster.rows.length, roster.errors.length));
  else if (roster.rows.length) out(rosterText.imported(await importRoster(db.prisma, roster.rows), roster.rows.length));
  else out(rosterText.nothing);
  if (roster.errors.length) {
    out(rosterText.errorsTitle(roster.errors.length));
    for (const p of roster.errors.slice(0, MAX_LISTED)) out(rosterText.problem(p.row, p.reason));
    if (roster.errors.length > MAX_LISTED) out(`  ……另有 ${roster.errors.length - MAX_LISTED} 行`);
  }
  if (roster.warnings.length) {
    out(rosterText.warningsTitle(roster.warnings.length));
    for (const p of roster.warnings.slice(0, MAX_LISTED)) out(rosterText.problem(p.row, p.reason));
    if (roster.warnings.length > MAX_LISTED) out(`  ……另有 ${roster.warnings.length - MAX_LISTED} 处`);
  }
  return roster.errors.length ? 1 : 0;
}
