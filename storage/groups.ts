import type { Platform } from '../bot/types.ts';
import type { Prisma, Tx } from './db.ts';

export interface GroupBinding {
  id: number;
  kind: 'village' | 'township';
  villageId: number | null;
  villageName: string | null;
  townshipId: number | null;
  townshipName: string | null;
}

/** The group's binding, by platform chat id (never by name: a renamed group keeps working). */
export async function findGroupBinding(prisma: Prisma | Tx, platform: Platform, chatId: string): Promise<GroupBinding | null> {
  const row = await prisma.chatGroup.findUnique({
    where: { platform_chatId: { platform, chatId } },
    include: { village: { include: { township: true } }, township: true },
  });
  if (!row) return null;
  const township = row.township ?? row.village?.township ?? null;
  return {
    id: row.id,
    kind: row.kind === 'township' ? 'township' : 'village',
    villageId: row.villageId,
    villageName: row.village?.name ?? null,
    townshipId: township?.id ?? null,
    townshipName: township?.name ?? null,
  };
}

export async function bindGroup(tx: Tx, args: { platform: Platform; chatId: string; name: string | null; villageId?: number | null; townshipId?: number | null }): Promise<void> {
  const kind = args.villageId ? 'village' : 'township';
  const data = { name: args.name, kind, villageId: args.villageId ?? null, townshipId: args.townshipId ?? null };
  await tx.chatGroup.upsert({
    where: { platform_chatId: { platform: args.platform, chatId: args.chatId } },
    create: { platform: args.platform, chatId: args.chatId, ...data },
    update: data,
  });
}

/** Every bound group of a kind, for the cadence (one digest per group). */
export async function listGroups(prisma: Prisma | Tx, kind: 'village' | 'township') {
  return prisma.chatGroup.findMany({ where: { kind }, include: { village: true, township: true }, orderBy: { id: 'asc' } });
}
