import { townshipName, villagesByIds, villagesOfTownship } from '../../storage/villages.ts';
import { common } from '../../prompts/common.ts';
import type { HandlerContext, HandlerResult } from '../handler.ts';
import { mayActOnVillage } from './may-act-on-village.ts';
import { resolveVillage, type VillageScope } from './resolve-village.ts';

export type ScopeOrReply =
  | { label: string; villages: VillageScope[]; result?: undefined /** Set when the scope is a whole township. */; townshipId?: number }
  | { label?: undefined; villages?: undefined; result: HandlerResult };

/**
 * What `#台账` and `#统计` look at: a named village, else the group's village; in a township
 * group, every village of the township the sender may see; in a private chat with a township
 * leader or 联村领导, their township or their 联系村.
 */
export async function resolveScope(ctx: HandlerContext<{ village: string | null }>, example: string): Promise<ScopeOrReply> {
  const { group, sender } = ctx;
  if (!ctx.parsed.village && !group && sender.role === 'leader' && sender.villageId === null) {
    if (sender.leadVillageIds?.length) {
      const villages = await villagesByIds(ctx.tx, sender.leadVillageIds);
      return { label: villages.map((v) => v.name).join('、'), villages };
    }
    if (sender.townshipId !== null) {
      const villages = await villagesOfTownship(ctx.tx, sender.townshipId);
      if (villages.length)
        return { label: (await townshipName(ctx.tx, sender.townshipId)) ?? '本乡镇', villages, townshipId: sender.townshipId };
    }
  }
  if (!ctx.parsed.village && group?.kind === 'township' && group.townshipId) {
    const all = await villagesOfTownship(ctx.tx, group.townshipId);
    const villages = all.filter((v) => mayActOnVillage(sender, v)).map((v) => ({ id: v.id, name: v.name, townshipId: v.townshipId }));
    if (!villages.length) {
      return {
        result: {
          replies: [{ text: common.otherVillage(sender.name, group.townshipName ?? '本乡镇') }],
          status: 'rejected',
          reason: `role ${sender.role} outside township`,
        },
      };
    }
    if (villages.length < all.length) return { label: villages.map((v) => v.name).join('、'), villages };
    return { label: group.townshipName ?? '本乡镇', villages, townshipId: group.townshipId };
  }
  const one = await resolveVillage(ctx, ctx.parsed.village, { purpose: 'act', example });
  if (one.result) return { result: one.result };
  return { label: one.village.name, villages: [one.village] };
}
