// 半月一调度: to each township group, the dispatch pack — a short message (≤ 15 lines) with the
// period's 新增, 销号 and 整改率, the all-time backlog, the longest overdue item, the villages
// to push, visit coverage and items missing 时限 or 责任人 — and the full pack as an xlsx; then
// how many items wait for 验收, 满意度 and the complaint counts, and one picture.
import type { CadenceSettings } from '../cadence-settings.ts';
import { cadenceText } from '../../prompts/cadence.ts';
import { bindText } from '../../prompts/bind.ts';
import { buildDispatchPack } from '../../sheets/build-dispatch-pack.ts';
import { itemTotals } from '../../storage/cadence-issues.ts';
import type { Queryable } from '../../storage/client.ts';
import { listGroups } from '../../storage/groups.ts';
import { unassignedVillageNames, villagesOfTownship } from '../../storage/villages.ts';
import type { PlannedMessage } from '../cadence-job.ts';
import { townshipComplaintLines } from '../complaint-block.ts';
import { periodWindow } from '../cron-schedule.ts';
import { planDigestChart } from '../digest-chart.ts';
import { digestMessage } from '../digest-message.ts';
import { townshipSatisfactionLines } from '../satisfaction-block.ts';
import { addDays, shanghaiDay } from '../../core/shanghai-calendar.ts';

export async function planHalfMonthlyDispatch(db: Queryable, now: Date, config: CadenceSettings): Promise<PlannedMessage[]> {
  const t = cadenceText.dispatch;
  const today = shanghaiDay(now);
  const window = periodWindow(config.CRON_DISPATCH, now);
  const fromDay = shanghaiDay(window.from);
  const lastDay = addDays(shanghaiDay(window.to), -1);
  // A village with no township is in nobody's dispatch: every township is told its name.
  const orphans = await unassignedVillageNames(db);
  const out: PlannedMessage[] = [];
  for (const group of await listGroups(db, 'township')) {
    const township = group.township;
    if (!township) continue;
    const villages = await villagesOfTownship(db, township.id);
    const totals = await itemTotals(
      db,
      villages.map((v) => v.id),
    );
    const waiting = [...totals.values()].reduce((n, v) => n + v.review, 0);
    const period = { from: fromDay, to: lastDay };
    const tail = [
      ...(orphans.length ? [bindText.unassigned(orphans)] : []),
      ...(waiting ? [t.awaitingReview(waiting)] : []),
      ...(await townshipSatisfactionLines(db, villages, period, today, config.UNSATISFIED_REVISIT_DAYS)),
      ...(await townshipComplaintLines(db, township.id, window, now, config.COMPLAINT_ANSWER_DAYS)),
    ];
    const built = await buildDispatchPack(db, {
      villages,
      label: township.name,
      fromDay,
      lastDay,
      today,
      tail,
      filesDir: config.FILES_DIR,
      stamp: now,
    });
    const chart = await planDigestChart(
      db,
      { cadence: 'dispatch', heading: cadenceText.titles.dispatch, scope: township.name, villages },
      config.CRON_DISPATCH,
      now,
    );
    const message = digestMessage({ platform: group.platform, chatId: group.chatId }, group.name ?? group.chatId, {
      heading: cadenceText.titles.dispatch,
      subject: built.subject,
      lines: built.lines,
      tone: built.pack.allTime.overdue ? 'orange' : 'blue',
    });
    out.push({ ...message, chart, ...(built.file ? { file: built.file } : {}) });
  }
  return out;
}
