// 半月一调度: to each township group, the dispatch pack — a short message (≤ 15 lines) with the
// period's 新增, 销号 and 整改率, the all-time backlog, the longest overdue item, the villages
// to push, visit coverage and items missing 时限 or 责任人 — and the full pack as an xlsx.
import type { CadenceSettings } from '../cadence-settings.ts';
import { cadenceText } from '../../prompts/cadence.ts';
import { bindText } from '../../prompts/bind.ts';
import { buildDispatchPack } from '../../sheets/build-dispatch-pack.ts';
import type { Queryable } from '../../storage/client.ts';
import { listGroups } from '../../storage/groups.ts';
import { unassignedVillageNames, villagesOfTownship } from '../../storage/villages.ts';
import type { PlannedMessage } from '../cadence-job.ts';
import { periodWindow } from '../cron-schedule.ts';
import { digestMessage } from '../digest-message.ts';
import { addDays, shanghaiDay } from '../../core/shanghai-calendar.ts';

export async function planHalfMonthlyDispatch(db: Queryable, now: Date, config: CadenceSettings): Promise<PlannedMessage[]> {
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
    const built = await buildDispatchPack(db, {
      villages,
      label: township.name,
      fromDay,
      lastDay,
      today,
      tail: orphans.length ? [bindText.unassigned(orphans)] : [],
      filesDir: config.FILES_DIR,
      stamp: now,
    });
    const message = digestMessage({ platform: group.platform, chatId: group.chatId }, group.name ?? group.chatId, {
      heading: cadenceText.titles.dispatch,
      subject: built.subject,
      lines: built.lines,
      tone: built.pack.allTime.overdue ? 'orange' : 'blue',
    });
    out.push(built.file ? { ...message, file: built.file } : message);
  }
  return out;
}
