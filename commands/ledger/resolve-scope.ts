import { villagesOfTownship } from '../../storage/villages.ts';
import { common } from '../../prompts/common.ts';
import type { HandlerContext, HandlerResult } from '../handler.ts';
import { mayActOnVillage } from './may-act-on-village.ts';
import { resolveVillage, type VillageScope } from './resolve-village.ts';

export type ScopeOrReply =
  | { label: string; villages: VillageScope[]; result?: undefined }
  | { label?: undefined; villages?: undefined; result: HandlerResult };

/**
 * What `#台账` and `#统计` look at: a named village, else the group's village; in a township
 * group, every village of the township the sender may see.
 */
export async function resolveScope(ctx: HandlerContext<{ village: string | null }>, example: string): Promise<ScopeOrReply> {
  const { group, sender } = ctx;
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
    return { label: villages.length === all.length ? (group.townshipName ?? '本乡镇') : villages.map((v) => v.name).join('、'), villages };
  }
  const one = await resolveVillage(ctx, ctx.parsed.village, { purpose: 'act', example });
  if (one.result) return { result: one.result };
  return { label: one.village.name, villages: [one.village] };
}
