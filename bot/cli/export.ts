import path from 'node:path';
import { shanghaiDay } from '../../core/shanghai-calendar.ts';
import { progressText } from '../../prompts/progress.ts';
import { rosterText } from '../../prompts/roster.ts';
import { ledgerWorkbook } from '../../sheets/ledger-workbook.ts';
import { visitsWorkbook } from '../../sheets/visits-workbook.ts';
import type { Db } from '../../storage/client.ts';
import { countEvidenceByIssue } from '../../storage/evidence.ts';
import { ledgerForExport } from '../../storage/issues.ts';
import { findVillage } from '../../storage/villages.ts';
import { visitsForExport } from '../../storage/visits.ts';
import { createProgress } from './progress.ts';
import type { CliArgs } from './with-bot.ts';

/**
 * `npm run cli -- export ledger --out 台账.xlsx` (or `visits`), optionally one village:
 * `export ledger 三星村 --out 三星村台账.xlsx`. Phone and ID numbers are masked.
 */
export async function runExport(
  db: Db,
  args: CliArgs,
  out: (line: string) => void,
  now = new Date(),
  options: { tty?: boolean } = {},
): Promise<number> {
  const [what, villageName] = args.positionals;
  if (what !== 'ledger' && what !== 'visits') {
    out(rosterText.exportUsage);
    return 2;
  }
  let villageId: number | undefined;
  if (villageName) {
    const village = await findVillage(db, villageName);
    if (!village) {
      out(rosterText.unknownVillage(villageName));
      return 1;
    }
    villageId = village.id;
  }
  const today = shanghaiDay(now);
  const file = path.resolve(
    typeof args.values.out === 'string' ? args.values.out : `${what === 'ledger' ? '问题台账' : '走访记录'}-${today}.xlsx`,
  );
  // Three steps (read, build the workbook, write it): a county's year of visits takes a while at each.
  const progress = createProgress(progressText.exporting, { out, tty: options.tty, unit: progressText.steps });
  progress.update(0, 3);
  let rows: number;
  if (what === 'ledger') {
    const items = await ledgerForExport(db, { villageId });
    const photos = await countEvidenceByIssue(
      db,
      items.map((i) => i.id),
    );
    progress.update(1, 3);
    const workbook = ledgerWorkbook(
      items.map((i) => ({ ...i, photos: photos.get(i.id) ?? 0 })),
      today,
    );
    progress.update(2, 3);
    await workbook.xlsx.writeFile(file);
    rows = items.length;
  } else {
    const visits = await visitsForExport(db, { villageId });
    progress.update(1, 3);
    const workbook = visitsWorkbook(visits);
    progress.update(2, 3);
    await workbook.xlsx.writeFile(file);
    rows = visits.length;
  }
  progress.update(3, 3);
  progress.stop();
  out(rosterText.exported(what, rows, file));
  return 0;
}
