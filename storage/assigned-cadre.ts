import { client, type Tx } from './client.ts';

/**
 * The cadre assigned to the asker's own household: the household whose head has the
 * asker's name in the asker's village. Nothing about any other household is returned.
 */
export async function assignedCadreOf(tx: Tx, who: { name: string; villageId: number | null }) {
  if (!who.name) return null;
  const households = await client(tx).household.findMany({
    where: { headName: who.name, ...(who.villageId ? { villageId: who.villageId } : {}) },
    include: { cadre: true },
    take: 2,
  });
  // Two households with the same head name and no village to tell them apart: say nothing.
  if (households.length !== 1 || !households[0].cadre) return null;
  const h = households[0];
  return { household: h.headName, cadre: h.cadre!.name, title: h.cadre!.title };
}
