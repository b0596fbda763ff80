// Coverage campaigns (专项) and the households they are about.
import { client, type Queryable, type Tx } from './client.ts';

export interface Campaign {
  id: number;
  villageId: number;
  kind: string;
  categories: string[];
  startsOn: string;
  dueOn: string;
  remoteCounts: boolean;
}

export interface CampaignHousehold {
  id: number;
  headName: string;
  group: string | null;
  category: string | null;
  cadreId: number | null;
  cadreName: string | null;
  /** Visited since the campaign started, by a method it counts. */
  visited: boolean;
}

const REMOTE_METHODS = ['电话', '线上'];

const toCampaign = (r: {
  id: number;
  villageId: number;
  kind: string;
  categories: string;
  startsOn: string;
  dueOn: string;
  remoteCounts: boolean;
}): Campaign => ({
  ...r,
  categories: r.categories.split(',').filter(Boolean),
});

export async function createCampaign(tx: Tx, data: Omit<Campaign, 'id'> & { createdById: number | null }, now: Date): Promise<Campaign> {
  const row = await client(tx).campaign.create({ data: { ...data, categories: data.categories.join(','), createdAt: now } });
  return toCampaign(row);
}

/** The village's campaigns still running on `today` (set on or before it, due on or after it), newest first. */
export async function activeCampaigns(db: Queryable, villageId: number, today: string): Promise<Campaign[]> {
  const rows = await client(db).campaign.findMany({
    where: { villageId, startsOn: { lte: today }, dueOn: { gte: today }, cancelledAt: null },
    orderBy: { id: 'desc' },
  });
  return rows.map(toCampaign);
}

/** The households a campaign covers, each with whether it has been visited for it yet. */
export async function campaignHouseholds(db: Queryable, campaign: Campaign): Promise<CampaignHousehold[]> {
  const [households, visits] = await Promise.all([
    client(db).household.findMany({
      where: { villageId: campaign.villageId, category: { in: campaign.categories } },
      include: { cadre: { select: { name: true } } },
      orderBy: { id: 'asc' },
    }),
    client(db).visit.findMany({
      where: {
        villageId: campaign.villageId,
        householdId: { not: null },
        withdrawnAt: null,
        visitedOn: { gte: campaign.startsOn },
        ...(campaign.remoteCounts ? {} : { method: { notIn: REMOTE_METHODS } }),
      },
      select: { householdId: true },
    }),
  ]);
  const visited = new Set(visits.map((v) => v.householdId));
  return households.map((h) => ({
    id: h.id,
    headName: h.headName,
    group: h.group,
    category: h.category,
    cadreId: h.cadreId,
    cadreName: h.cadre?.name ?? null,
    visited: visited.has(h.id),
  }));
}

/** One campaign by its number (its id), with its village, for `#专项 取消 N`. */
export async function campaignById(db: Queryable, id: number): Promise<(Campaign & { cancelledAt: Date | null }) | null> {
  const row = await client(db).campaign.findUnique({ where: { id } });
  return row ? { ...toCampaign(row), cancelledAt: row.cancelledAt } : null;
}

/** Ends a campaign early; false when it was already cancelled (two cancels racing end it once). */
export async function cancelCampaign(tx: Tx, id: number, by: { memberId: number; at: Date }): Promise<boolean> {
  const res = await client(tx).campaign.updateMany({
    where: { id, cancelledAt: null },
    data: { cancelledAt: by.at, cancelledById: by.memberId },
  });
  return res.count === 1;
}
