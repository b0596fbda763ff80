// 每周督查: to each village-bound group, last week's visits per cadre, households due a
// visit, and the open ledger with overdue items @-mentioning whoever must act; then items still
// without 时限 or 责任人, those waiting for 验收, and closed ones due a 回访 (回头看) by their closer.
import type { CadenceSettings } from '../cadence-settings.ts';
import { cadenceText, dayRange } from '../../prompts/cadence.ts';
import { openItems } from '../../storage/cadence-issues.ts';
import { dueFollowUps } from '../../storage/follow-ups.ts';
import { peopleByIds, villageCadres } from '../../storage/cadence-people.ts';
import { householdsLastVisited, visitCountsByCadre } from '../../storage/cadence-visits.ts';
import type { Queryable } from '../../storage/client.ts';
import { listGroups } from '../../storage/groups.ts';
import type { PlannedMessage } from '../cadence-job.ts';
import { periodWindow } from '../cron-schedule.ts';
import { planDigestChart } from '../digest-chart.ts';
import { digestMessage } from '../digest-message.ts';
import { overdueItems } from '../overdue-days.ts';
import { resolveMentions } from '../resolve-mentions.ts';
import { villageSatisfactionLines } from '../satisfaction-block.ts';
import { addDays, dayStart, shanghaiDay } from '../../core/shanghai-calendar.ts';
import { HOUSEHOLDS_PER_CADRE, staleByCadre } from '../stale-households.ts';
import { villageCampaignLines } from '../campaign-progress.ts';

/** Overdue items listed by name; the rest are counted. */
export const ITEMS_LISTED = 6;

export async function planWeeklyInspection(db: Queryable, now: Date, config: CadenceSettings): Promise<PlannedMessage[]> {
  const t = cadenceText.weekly;
  const today = shanghaiDay(now);
  const window = periodWindow(config.CRON_WEEKLY, now);
  const fromDay = shanghaiDay(window.from);
  const toDay = addDays(shanghaiDay(window.to), -1);
  const subjectRange = dayRange(fromDay, toDay);
  const out: PlannedMessage[] = [];

  for (const group of await listGroups(db, 'village')) {
    const village = group.village;
    if (!village) continue;
    const platform = group.platform;
    const [counts, households, cadres, items, waiting, followUps] = await Promise.all([
      visitCountsByCadre(db, village.id, fromDay, toDay),
      householdsLastVisited(db, village.id),
      villageCadres(db, village.id),
      openItems(db, [village.id]),
      openItems(db, [village.id], 'review'),
      // 回头看: closed REVIEW_AFTER_DAYS ago or more and never followed up.
      dueFollowUps(db, [village.id], dayStart(addDays(today, -config.REVIEW_AFTER_DAYS + 1))),
    ]);
    const lines: string[] = [];

    // Visits per cadre, and the cadres (by role or by assigned households) with none.
    const visitors = await peopleByIds(
      db,
      [...counts.keys()].filter((id): id is number => id !== null),
    );
    const nameOf = new Map([...cadres, ...visitors].map((p) => [p.id, p.name]));
    for (const h of households) if (h.cadreId && h.cadreName) nameOf.set(h.cadreId, h.cadreName);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const perCadre = [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([id, n]) => t.perCadre(id === null ? cadenceText.noCadre : (nameOf.get(id) ?? cadenceText.noCadre), n));
    // Those with households to visit are expected to visit; a cadre with none is not named.
    const expected = new Set(households.flatMap((h) => (h.cadreId ? [h.cadreId] : [])));
    const idle = [...expected]
      .filter((id) => !counts.has(id))
      .map((id) => nameOf.get(id) ?? '')
      .filter(Boolean);

    const stale = staleByCadre(households, today, config.VISIT_EVERY_DAYS);
    const staleTotal = stale.reduce((n, c) => n + c.households.length, 0);
    const overdue = overdueItems(items, today);
    const chart = await planDigestChart(
      db,
      { cadence: 'weekly', heading: cadenceText.titles.weekly, scope: village.name, villages: [village] },
      config.CRON_WEEKLY,
      now,
    );

    const satisfaction = await villageSatisfactionLines(
      db,
      village.id,
      { from: fromDay, to: toDay },
      today,
      config.UNSATISFIED_REVISIT_DAYS,
    );

    const unowned = items.filter((i) => !i.dueOn || !i.assignee);

    const campaigns = await villageCampaignLines(db, village.id, today);

    if (
      !total &&
      !idle.length &&
      !staleTotal &&
      !items.length &&
      !waiting.length &&
      !followUps.length &&
      !satisfaction.length &&
      !campaigns.length
    ) {
      out.push({
        ...digestMessage({ platform, chatId: group.chatId }, group.name ?? group.chatId, {
          heading: cadenceText.titles.weekly,
          subject: `${village.name} ${subjectRange}`,
          lines: [t.allClear],
          tone: 'green',
        }),
        chart,
      });
      continue;
    }

    lines.push(total ? t.visits(total, perCadre) : t.noVisits);
    if (idle.length) lines.push(t.idle(idle));
    if (staleTotal) {
      lines.push(t.staleHead(staleTotal, config.VISIT_EVERY_DAYS));
      for (const c of stale) {
        const shown = c.households.slice(0, HOUSEHOLDS_PER_CADRE).map((h) => h.headName);
        lines.push(t.staleLine(c.cadreName ?? cadenceText.noCadre, shown, c.households.length - shown.length));
      }
    } else if (households.length) {
      lines.push(t.noStale(config.VISIT_EVERY_DAYS));
    }
    lines.push(...campaigns);
    if (!items.length) lines.push(t.allClear);
    else if (!overdue.length) lines.push(t.ledgerNoOverdue(items.length));
    else {
      lines.push(t.ledger(items.length, overdue.length));
      for (const i of overdue.slice(0, ITEMS_LISTED)) lines.push(cadenceText.item(i));
      if (overdue.length > ITEMS_LISTED) lines.push(cadenceText.moreItems(overdue.length - ITEMS_LISTED));
    }
    if (unowned.length) {
      lines.push(t.missingHead(unowned.length));
      for (const i of unowned.slice(0, ITEMS_LISTED)) lines.push(cadenceText.missingItem(i));
      if (unowned.length > ITEMS_LISTED) lines.push(cadenceText.moreItems(unowned.length - ITEMS_LISTED));
    }
    if (waiting.length) {
      lines.push(t.reviewHead(waiting.length));
      for (const i of waiting.slice(0, ITEMS_LISTED)) lines.push(t.reviewItem(i));
      if (waiting.length > ITEMS_LISTED) lines.push(cadenceText.moreItems(waiting.length - ITEMS_LISTED));
    }
    const followUpsListed = followUps.slice(0, ITEMS_LISTED);
    if (followUps.length) {
      lines.push(t.followUpHead(followUps.length, config.REVIEW_AFTER_DAYS));
      for (const i of followUpsListed) lines.push(t.followUpItem({ ...i, closedOn: shanghaiDay(i.closedAt) }));
      if (followUps.length > ITEMS_LISTED) lines.push(cadenceText.moreItems(followUps.length - ITEMS_LISTED));
    }
    lines.push(...satisfaction);
    const mentions = await resolveMentions(
      db,
      [...overdue.slice(0, ITEMS_LISTED).map((i) => i.assignee), ...followUpsListed.map((i) => i.closedBy)],
      { platform, villageId: village.id, townshipId: village.townshipId },
    );
    // Someone typed as an assignee who has no account here is named, and the group told why they were not @-ed.
    const unlinked = mentions.filter((m) => !m.id).map((m) => m.name);
    if (unlinked.length) lines.push(t.notLinked(unlinked));
    out.push({
      ...digestMessage(
        { platform, chatId: group.chatId },
        group.name ?? group.chatId,
        {
          heading: cadenceText.titles.weekly,
          subject: `${village.name} ${subjectRange}`,
          lines,
          tone: overdue.length ? 'orange' : 'blue',
        },
        mentions,
      ),
      chart,
    });
  }
  return out;
}
