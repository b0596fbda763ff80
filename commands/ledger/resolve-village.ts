import { common } from '../../prompts/common.ts';
import { villageText } from '../../prompts/ledger.ts';
import { nearMisses } from '../../storage/households.ts';
import { ensureVillage, findVillage, villageById, villageNames } from '../../storage/villages.ts';
import { lastVisitedVillage } from '../../storage/visits.ts';
import type { HandlerContext, HandlerResult } from '../handler.ts';
import { mayActOnVillage } from './may-act-on-village.ts';

export interface VillageScope {
  id: number;
  name: string;
  townshipId: number | null;
}

export type VillageOrReply = { village: VillageScope; result?: undefined } | { village?: undefined; result: HandlerResult };

export interface ResolveOptions {
  /** 'report': a villager may report a problem of their own village; 'act': cadres and up only. */
  purpose: 'act' | 'report';
  /** The command written with a village, shown when one is needed. */
  example: string;
}

const reject = (text: string, reason: string): VillageOrReply => ({ result: { replies: [{ text }], status: 'rejected', reason } });

/**
 * Which village a command is about: the one named in the message, else the group's, else
 * the sender's (for someone tied to none, the village of their last check-in). A township
 * group holds several villages, so there a village must be named.
 * Then checks the sender may act on it (README, "Roles").
 */
export async function resolveVillage(
  ctx: HandlerContext,
  named: string | null | undefined,
  options: ResolveOptions,
): Promise<VillageOrReply> {
  const { tx, group, sender } = ctx;
  const name = named?.trim() || null;
  let village: VillageScope | null = null;
  // The group binding already carries its village: no query for the common case.
  const groupVillage =
    group?.kind === 'village' && group.villageId && group.villageName
      ? { id: group.villageId, name: group.villageName, townshipId: group.townshipId }
      : null;
  if (name && name === groupVillage?.name) {
    village = groupVillage;
  } else if (name) {
    village = await findVillage(tx, name);
    // The first check-in from a cadre (or the console) not yet tied to any village may name a new one;
    // anyone tied to a village who names an unknown one has more likely mistyped it.
    const mayCreate = sender.role === 'admin' || (sender.role !== 'villager' && !group && sender.villageId === null);
    if (!village && mayCreate) village = await ensureVillage(tx, name);
    if (!village) {
      const suggestions = nearMisses(name, await villageNames(tx), (v) => v);
      return reject(villageText.unknown(name, suggestions), `unknown village ${name}`);
    }
  } else if (groupVillage) {
    village = groupVillage;
  } else if (group?.kind === 'township') {
    return reject(villageText.needForTownship(options.example), 'township group: village not named');
  } else if (sender.villageId) {
    village = await villageById(tx, sender.villageId);
  } else if (sender.role !== 'villager') {
    // Someone not tied to a village (the console operator, an admin) means the village
    // they last checked in for: `#台账` right after `#走访 … 三星村` lists 三星村.
    village = await lastVisitedVillage(tx, sender.id);
  }
  if (!village) return reject(villageText.need(options.example), 'no village');
  const scope = { id: village.id, name: village.name, townshipId: village.townshipId };
  if (options.purpose === 'report' && sender.role === 'villager') {
    const own = group?.villageId ?? sender.villageId;
    if (own === scope.id) return { village: scope };
    return own
      ? reject(villageText.notOwn(sender.name, (await villageById(tx, own))?.name ?? ''), 'villager reporting for another village')
      : reject(common.otherVillage(sender.name, scope.name), 'villager outside any village');
  }
  if (!mayActOnVillage(sender, scope))
    return reject(common.otherVillage(sender.name, scope.name), `role ${sender.role} outside ${scope.name}`);
  return { village: scope };
}
