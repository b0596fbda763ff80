// 半月一调度: to each township group, per village: new, closed, open, overdue, the longest
// overdue and the close-out rate (销号率), villages that need a push first.
import type { CadenceSettings } from '../cadence-settings.ts';
import { cadenceText, dayRange } from '../../prompts/cadence.ts';
import { itemTotals, itemsTouchedBetween, openItems } from '../../storage/cadence-issues.ts';
import type { Queryable } from '../../storage/client.ts';
import { listGroups } from '../../storage/groups.ts';
import { unassignedVillageNames, villagesOfTownship } from '../../storage/villages.ts';
import { bindText } from '../../prompts/bind.ts';
import type { PlannedMessage } from '../cadence-job.ts';
import { periodWindow } from '../cron-schedule.ts';
import { digestMessage } from '../digest-message.ts';
import { overdueItems } from '../overdue-days.ts';
import { addDays, shanghaiDay } from '../../core/shanghai-calendar.ts';

/** Villages named in the "push first" line. */
export const PUSH_FIRST = 3;

export interface VillageLedgerRow {
  name: string;
  created: number;
  closed: number;
  open: number;
  overdue: number;
  longest: number;
  /** All-time closed ÷ all-time items, in percent; null when the village has none. */
  rate: number | null;
}

export async function planHalfMonthlyDispatch(db: Queryable, now: Date, config: CadenceSettings): Promise<PlannedMessage[]> {
  const t = cadenceText.dispatch;
  const today = shanghaiDay(now);
  const window = periodWindow(config.CRON_DISPATCH, now);
  const subjectRange = dayRange(shanghaiDay(window.from), addDays(shanghaiDay(window.to), -1));
  const out: PlannedMessage[] = [];

  for (const group of await listGroups(db, 'township')) {
    const township = group.township;
    if (!township) continue;
    const villages = await villagesOfTownship(db, township.id);
    const ids = villages.map((v) => v.id);
    const [touched, open, totals] = await Promise.all([
      itemsTouchedBetween(db, ids, window.from, window.to),
      openItems(db, ids),
      itemTotals(db, ids),
    ]);
    const rows: VillageLedgerRow[] = villages.map((v) => {
      const overdue = overdueItems(
        open.filter((i) => i.villageId === v.id),
        today,
      );
      const tot = totals.get(v.id);
      return {
        name: v.name,
        created: touched.created.filter((i) => i.villageId === v.id).length,
        closed: touched.closed.filter((i) => i.villageId === v.id).length,
        open: open.filter((i) => i.villageId === v.id).length,
        overdue: overdue.length,
        longest: overdue[0]?.overdueDays ?? 0,
        rate: tot?.total ? Math.round((tot.closed / tot.total) * 100) : null,
      };
    });
    rows.sort((a, b) => b.overdue - a.overdue || b.longest - a.longest || b.open - a.open || a.name.localeCompare(b.name, 'zh'));
    const busy = rows.filter((r) => r.created || r.closed || r.open);
    const quiet = rows.filter((r) => !(r.created || r.closed || r.open)).map((r) => r.name);
    const lines: string[] = [];
    if (!villages.length) lines.push(t.noVillages);
    else if (!busy.length) lines.push(t.allClear);
    else {
      const push = rows.filter((r) => r.overdue).slice(0, PUSH_FIRST);
      if (push.length) lines.push(t.push(push.map((r) => t.pushVillage(r.name, r.overdue, r.longest))));
      for (const r of busy) lines.push(t.village(r));
      if (quiet.length) lines.push(t.quietVillages(quiet));
    }
    // A village with no township is in nobody's dispatch: every township is told its name.
    const orphans = await unassignedVillageNames(db);
    if (orphans.length) lines.push(bindText.unassigned(orphans));
    out.push(
      digestMessage({ platform: group.platform, chatId: group.chatId }, group.name ?? group.chatId, {
        heading: cadenceText.titles.dispatch,
        subject: `${township.name} ${subjectRange}`,
        lines,
        tone: rows.some((r) => r.overdue) ? 'orange' : 'blue',
      }),
    );
  }
  return out;
}
