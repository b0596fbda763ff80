import { daysBetween } from '../core/shanghai-calendar.ts';
import { campaignText as t } from '../prompts/campaign.ts';
import type { Campaign, CampaignHousehold } from '../storage/campaigns.ts';
import type { Queryable } from '../storage/client.ts';
import { activeCampaigns, campaignHouseholds } from '../storage/campaigns.ts';

/** Households named per cadre still to visit; the rest are counted. */
export const CAMPAIGN_HOUSEHOLDS_PER_CADRE = 5;

export interface Tally {
  name: string;
  done: number;
  total: number;
}

export interface CampaignProgress {
  done: number;
  total: number;
  byCategory: Tally[];
  byGroup: Tally[];
  /** Each cadre's households still to visit, the cadre with most first; unassigned last. */
  left: Array<{ cadreId: number | null; cadreName: string | null; households: string[] }>;
}

function tally(households: CampaignHousehold[], key: (h: CampaignHousehold) => string, order: (a: string, b: string) => number): Tally[] {
  const m = new Map<string, Tally>();
  for (const h of households) {
    const name = key(h);
    const row = m.get(name) ?? { name, done: 0, total: 0 };
    row.total++;
    if (h.visited) row.done++;
    m.set(name, row);
  }
  return [...m.values()].sort((a, b) => order(a.name, b.name));
}

const groupNumber = (name: string) => Number(/(\d+)/.exec(name)?.[1] ?? Number.MAX_SAFE_INTEGER);

/** A campaign's figures from its households: by 户类 (in the campaign's order), by 组, and who has whom left. */
export function campaignProgress(campaign: Campaign, households: CampaignHousehold[]): CampaignProgress {
  const byCategory = tally(
    households,
    (h) => h.category ?? '',
    (a, b) => campaign.categories.indexOf(a) - campaign.categories.indexOf(b),
  );
  const byGroup = tally(
    households,
    (h) => h.group ?? t.noGroup,
    (a, b) => groupNumber(a) - groupNumber(b) || a.localeCompare(b, 'zh'),
  );
  const left = new Map<number | null, { cadreId: number | null; cadreName: string | null; households: string[] }>();
  for (const h of households.filter((x) => !x.visited)) {
    const entry = left.get(h.cadreId) ?? { cadreId: h.cadreId, cadreName: h.cadreName, households: [] };
    entry.households.push(h.headName);
    left.set(h.cadreId, entry);
  }
  return {
    done: households.filter((h) => h.visited).length,
    total: households.length,
    byCategory,
    byGroup,
    left: [...left.values()].sort(
      (a, b) =>
        Number(a.cadreId === null) - Number(b.cadreId === null) ||
        b.households.length - a.households.length ||
        (a.cadreId ?? 0) - (b.cadreId ?? 0),
    ),
  };
}

/** A campaign's lines for a digest or a reply. */
export function campaignLines(campaign: Campaign, progress: CampaignProgress, today: string): string[] {
  const lines = [
    t.head(campaign.categories, campaign.dueOn, daysBetween(today, campaign.dueOn), progress.done, progress.total) +
      (campaign.remoteCounts ? '' : t.remoteNote),
  ];
  if (!progress.total) return [...lines, t.noHouseholds(campaign.categories)];
  lines.push(t.byCategory(progress.byCategory), t.byGroup(progress.byGroup));
  if (!progress.left.length) return [...lines, t.allDone];
  for (const c of progress.left) {
    const shown = c.households.slice(0, CAMPAIGN_HOUSEHOLDS_PER_CADRE);
    lines.push(t.cadreLeft(c.cadreName ?? t.noCadre, shown, c.households.length - shown.length));
  }
  return lines;
}

/** The lines of every campaign a village is running on `today` (none: no lines). */
export async function villageCampaignLines(db: Queryable, villageId: number, today: string): Promise<string[]> {
  const lines: string[] = [];
  for (const campaign of await activeCampaigns(db, villageId, today))
    lines.push(...campaignLines(campaign, campaignProgress(campaign, await campaignHouseholds(db, campaign)), today));
  return lines;
}
