// 周二走访日: to each village-bound group, each cadre's households most overdue for a visit.
import type { CadenceSettings } from '../cadence-settings.ts';
import { cadenceText, monthDay } from '../../prompts/cadence.ts';
import { peopleByIds } from '../../storage/cadence-people.ts';
import { householdsLastVisited } from '../../storage/cadence-visits.ts';
import type { Queryable } from '../../storage/client.ts';
import { listGroups } from '../../storage/groups.ts';
import { householdCount } from '../../storage/villages.ts';
import type { PlannedMessage } from '../cadence-job.ts';
import { digestMessage } from '../digest-message.ts';
import { mentionOf } from '../resolve-mentions.ts';
import { shanghaiDay } from '../../core/shanghai-calendar.ts';
import { HOUSEHOLDS_PER_CADRE, staleByCadre } from '../stale-households.ts';
import { villageCampaignLines } from '../campaign-progress.ts';

export async function planVisitDay(db: Queryable, now: Date, config: CadenceSettings): Promise<PlannedMessage[]> {
  const t = cadenceText.visitDay;
  const today = shanghaiDay(now);
  const out: PlannedMessage[] = [];
  for (const group of await listGroups(db, 'village')) {
    const village = group.village;
    if (!village) continue;
    const platform = group.platform;
    const stale = staleByCadre(await householdsLastVisited(db, village.id), today, config.VISIT_EVERY_DAYS);
    const campaigns = await villageCampaignLines(db, village.id, today);
    const to = { platform, chatId: group.chatId };
    const subject = `${village.name} ${monthDay(today)}`;
    if (!stale.length && !campaigns.length) {
      // No household at all is no roster, not a village where everyone was visited.
      const noRoster = (await householdCount(db, village.id)) === 0;
      out.push(
        digestMessage(to, group.name ?? group.chatId, {
          heading: cadenceText.titles['visit-day'],
          subject,
          lines: [noRoster ? t.noRoster : t.allVisited(config.VISIT_EVERY_DAYS)],
          tone: noRoster ? 'grey' : 'green',
        }),
      );
      continue;
    }
    // A campaign's list comes first: it has a date; the rolling rule has none.
    const lines = [...campaigns];
    if (stale.length) lines.push(t.intro);
    for (const c of stale) {
      const shown = c.households.slice(0, HOUSEHOLDS_PER_CADRE).map((h) => t.household(h.headName, h.daysSince));
      lines.push(t.cadreLine(c.cadreName ?? cadenceText.noCadre, shown, c.households.length - shown.length));
    }
    const cadres = await peopleByIds(
      db,
      stale.flatMap((c) => (c.cadreId ? [c.cadreId] : [])),
    );
    const mentions = stale.flatMap((c) => {
      const p = cadres.find((x) => x.id === c.cadreId);
      return p ? [mentionOf(p, platform)] : [];
    });
    out.push(
      digestMessage(to, group.name ?? group.chatId, { heading: cadenceText.titles['visit-day'], subject, lines, tone: 'blue' }, mentions),
    );
  }
  return out;
}
