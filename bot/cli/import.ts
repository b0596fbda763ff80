import v8 from 'node:v8';
import { progressText } from '../../prompts/progress.ts';
import { rosterText } from '../../prompts/roster.ts';
import { readFile } from 'node:fs/promises';
import { readLeaderSheet, type LeaderSheet } from '../../sheets/read-leaders.ts';
import { readRoster } from '../../sheets/read-roster.ts';
import { ROSTER_COLUMNS, type RosterField } from '../../sheets/roster-columns.ts';
import type { RowProblem } from '../../sheets/roster-row.ts';
import type { Db } from '../../storage/client.ts';
import { importLeaders } from '../../storage/leaders.ts';
import { importRoster } from '../../storage/roster.ts';
import { isTransientDbError } from '../db-errors.ts';
import { createProgress } from './progress.ts';
import type { CliArgs } from './with-bot.ts';

/** A village's roster is written in a blink; from a township's size on, the import shows how far it is. */
const PROGRESS_FROM_ROWS = 1000;

/** Problems listed with their reason up to this many; the rest by row number only. */
const MAX_LISTED = 50;

/**
 * `npm run cli -- import 花名册.xlsx`: loads townships, villages, households and their
 * 帮扶责任人. Every row is checked first; bad rows are listed by row number and left out,
 * and the good ones are written in one transaction, so the database gets all of them or,
 * if it fails, none (and the admin is told so in one line, never a stack trace). Exit
 * code 1 when any row was left out or nothing was written, so a script notices.
 */
export async function runImport(db: Db, args: CliArgs, out: (line: string) => void, options: { tty?: boolean } = {}): Promise<number> {
  // A batch job on a county server: let V8 collect garbage sooner rather than grow the heap.
  // Reading and checking 50,000 rows makes a few hundred MB of short-lived objects while
  // keeping about 15 MB; with this the command's peak stays near 250 MB instead of 320-350
  // (bench/roster-import.ts). It only tunes the collector, so setting it this late is safe.
  v8.setFlagsFromString('--optimize-for-size');
  const file = args.positionals[0];
  if (!file) {
    out(rosterText.importUsage);
    return 2;
  }
  const roster = await readRoster(file);
  // An .xlsx may carry a 乡镇领导 sheet beside the households (README, "Roster import").
  const leaders: LeaderSheet = file.toLowerCase().endsWith('.xlsx') ? readLeaderSheet(await readFile(file)) : { rows: [], errors: [] };
  let written = true;
  if (args.values['dry-run']) out(rosterText.checked(roster.rows.length, roster.errors.length));
  else if (roster.rows.length || leaders.rows.length) {
    // A county roster writes for a minute: a bar on a terminal, a line every tenth in a log.
    const progress = createProgress(progressText.importing, {
      out,
      tty: options.tty,
      unit: progressText.rows,
      minTotal: PROGRESS_FROM_ROWS,
    });
    try {
      if (roster.rows.length) {
        const result = await importRoster(db, roster.rows, (done, total) => progress.update(done, total));
        progress.stop();
        out(rosterText.imported(result, roster.rows.length));
      }
      if (leaders.rows.length) out(rosterText.leadersImported(await importLeaders(db, leaders.rows)));
    } catch (err) {
      progress.stop();
      written = false;
      out(rosterText.importFailed(isTransientDbError(err) ? rosterText.dbUnavailable : rosterText.dbRefused(errorCode(err))));
    }
  } else out(rosterText.nothing);
  // The cadres' account columns are extras most rosters never have: not worth a line each import.
  const extras: RosterField[] = ['cadreWechatId', 'cadreLarkId', 'cadreWecomId'];
  const missing = (Object.keys(ROSTER_COLUMNS) as RosterField[]).filter(
    (f) => !ROSTER_COLUMNS[f].required && !extras.includes(f) && !roster.columns.includes(f),
  );
  if (missing.length && roster.rows.length) out(rosterText.columnsKept(missing.map((f) => ROSTER_COLUMNS[f].header)));
  if (roster.errors.length) {
    out(rosterText.errorsTitle(roster.errors.length));
    listProblems(roster.errors, out);
  }
  if (leaders.errors.length) {
    out(rosterText.leaderErrorsTitle(leaders.errors.length));
    listProblems(leaders.errors, out);
  }
  if (roster.warnings.length) {
    out(rosterText.warningsTitle(roster.warnings.length));
    listProblems(roster.warnings, out);
  }
  return roster.errors.length || leaders.errors.length || !written ? 1 : 0;
}

function listProblems(problems: RowProblem[], out: (line: string) => void) {
  for (const p of problems.slice(0, MAX_LISTED)) out(rosterText.problem(p.row, p.reason));
  const rest = [...new Set(problems.slice(MAX_LISTED).map((p) => p.row))];
  if (rest.length) out(rosterText.moreRows(rest.length, rowRanges(rest)));
}

/** 3、5、9—12: every row number, runs folded, so nothing left out goes unnamed. */
function rowRanges(rows: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    parts.push(j > i ? `${rows[i]}—${rows[j]}` : String(rows[i]));
    i = j;
  }
  return parts.join('、');
}

/** The database's own error code (Prisma's P…, PostgreSQL's SQLSTATE), for the county IT person. */
function errorCode(err: unknown, depth = 0): string {
  const e = err as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } };
    cause?: unknown;
  } | null;
  if (!e || depth > 5) return '未知';
  const original = e.meta?.driverAdapterError?.cause?.originalCode ?? e.meta?.driverAdapterError?.cause?.kind;
  if (typeof original === 'string') return original;
  if (typeof e.code === 'string') return e.code;
  return errorCode(e.cause, depth + 1);
}
