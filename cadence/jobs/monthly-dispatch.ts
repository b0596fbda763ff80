// 每月调度: to each township group, last month's ledger close-out by village and category.
import type { CadenceSettings } from '../cadence-settings.ts';
import { cadenceText } from '../../prompts/cadence.ts';
import { itemsOpenAt, itemsTouchedBetween, type LedgerItem } from '../../storage/cadence-issues.ts';
import type { Queryable } from '../../storage/client.ts';
import { listGroups } from '../../storage/groups.ts';
import { villagesOfTownship } from '../../storage/villages.ts';
import type { PlannedMessage } from '../cadence-job.ts';
import { periodWindow } from '../cron-schedule.ts';
import { digestMessage } from '../digest-message.ts';
import { dayParts, shanghaiDay } from '../../core/shanghai-calendar.ts';

function countBy(items: LedgerItem[], key: (i: LedgerItem) => string | number): Map<string | number, number> {
  const m = new Map<string | number, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
}

export async function planMonthlyDispatch(db: Queryable, now: Date, config: CadenceSettings): Promise<PlannedMessage[]> {
  const t = cadenceText.monthly;
  const window = periodWindow(config.CRON_MONTHLY, now);
  // The month reported on is the one the window mostly covers: its first day's month.
  const month = dayParts(shanghaiDay(window.from)).month;
  const out: PlannedMessage[] = [];

  for (const group of await listGroups(db, 'township')) {
    const township = group.township;
    if (!township) continue;
    const villages = await villagesOfTownship(db, township.id);
    const ids = villages.map((v) => v.id);
    const [touched, openAtEnd] = await Promise.all([itemsTouchedBetween(db, ids, window.from, window.to), itemsOpenAt(db, ids, window.to)]);
    const lines: string[] = [];
    const quiet: string[] = [];
    for (const v of villages) {
      const created = touched.created.filter((i) => i.villageId === v.id);
      const closed = touched.closed.filter((i) => i.villageId === v.id);
      const open = openAtEnd.filter((i) => i.villageId === v.id).length;
      if (!created.length && !closed.length && !open) {
        quiet.push(v.name);
        continue;
      }
      lines.push(t.village(v.name, created.length, closed.length, open));
      const newBy = countBy(created, (i) => i.category);
      const closedBy = countBy(closed, (i) => i.category);
      const categories = [...new Set([...newBy.keys(), ...closedBy.keys()])].map(String).sort((a, b) => a.localeCompare(b, 'zh'));
      if (categories.length) lines.push(t.categories(categories.map((c) => t.category(c, newBy.get(c) ?? 0, closedBy.get(c) ?? 0))));
    }
    const subject = t.subject(township.name, month);
    if (!lines.length) {
      out.push(
        digestMessage({ platform: group.platform, chatId: group.chatId }, group.name ?? group.chatId, {
          heading: cadenceText.titles.monthly,
          subject,
          lines: [t.allClear(month)],
          tone: 'green',
        }),
      );
      continue;
    }
    lines.unshift(t.total(touched.created.length, touched.closed.length, openAtEnd.length));
    if (quiet.length) lines.push(t.quietVillages(quiet));
    out.push(
      digestMessage({ platform: group.platform, chatId: group.chatId }, group.name ?? group.chatId, {
        heading: cadenceText.titles.monthly,
        subject,
        lines,
        tone: 'blue',
      }),
    );
  }
  return out;
}
