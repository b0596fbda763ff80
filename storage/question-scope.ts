import { memberOfAccount } from './accounts.ts';
import type { Tx } from './client.ts';
import { findGroupBinding } from './groups.ts';
import type { Platform } from '../core/platform.ts';
import { villageById } from './villages.ts';

export interface QuestionScope {
  villageId: number | null;
  villageName: string | null;
  townshipId: number | null;
}

/**
 * Where a villager's question came from: the village (or township) of the group it was asked
 * in, or for a private chat the asker's own village. Null when neither is known.
 */
export async function questionScope(tx: Tx, q: { platform: Platform; chatId: string; askerId: string }): Promise<QuestionScope | null> {
  const group = await findGroupBinding(tx, q.platform, q.chatId);
  if (group) return { villageId: group.villageId, villageName: group.villageName, townshipId: group.townshipId };
  const asker = await memberOfAccount(tx, q.platform, q.askerId);
  if (!asker?.villageId) return null;
  const village = await villageById(tx, asker.villageId);
  return { villageId: asker.villageId, villageName: village?.name ?? null, townshipId: village?.townshipId ?? null };
}
