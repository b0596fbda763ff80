import { type Db, inTransaction } from './client.ts';
import { bindGroup, findGroupBinding } from './groups.ts';
import { ensureVillage } from './villages.ts';

/**
 * Binds the console channel's group to its village unless it is bound already (the village is
 * created when the roster has none of that name). Changes nothing else.
 */
export async function ensureConsoleGroup(db: Db, group: string, villageName: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    if (await findGroupBinding(tx, 'console', group)) return;
    const village = await ensureVillage(tx, villageName);
    await bindGroup(tx, { platform: 'console', chatId: group, name: group, villageId: village.id, townshipId: village.townshipId });
  });
}
