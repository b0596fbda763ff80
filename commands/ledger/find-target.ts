import { ledgerText } from '../../prompts/ledger.ts';
import { findIssue, isWithdrawnNo, type IssueRow } from '../../storage/issues.ts';
import { villageById, villagesOfTownship } from '../../storage/villages.ts';
import type { HandlerContext, HandlerResult } from '../handler.ts';
import type { TargetKind, TargetParsed } from '../parse/read-target.ts';

export type { TargetKind };
import type { Target } from '../../core/checkin.ts';
import { resolveVillage, type VillageScope } from './resolve-village.ts';

export type TargetOrReply =
  | { issue: IssueRow; village: VillageScope; text: string | null; result?: undefined }
  | { issue?: undefined; village?: undefined; text?: undefined; result: HandlerResult };

/**
 * The ledger item a `#进展` / `#销号` is about: its number in the village of the message
 * (named, or the group's, or the sender's), which the sender must be allowed to act on.
 */
/** The verb a command is written with, and a complete example of it, for the replies that ask. */
const EXAMPLES: Record<string, string> = {
  进展: '#进展 12 已联系水管所',
  销号: '#销号 12 已更换水管',
  验收: '#验收 12',
  延期: '#延期 12 1月15日前 材料未到',
  同意延期: '#同意延期 12',
  不同意延期: '#不同意延期 12 材料已到，按原时限办',
  回访: '#回访 12 正常',
  上报: '#上报 12 需协调住建部门',
  接办: '#接办 三星村 12',
};

export async function findTarget(ctx: HandlerContext<TargetParsed<TargetKind>>, verb: string): Promise<TargetOrReply> {
  const inTownship = (await cardVillage(ctx)) ?? (await townshipVillage(ctx));
  const target = inTownship?.target ?? ctx.parsed.target;
  if (!target || (!ctx.parsed.ok && !inTownship)) {
    const hint = ctx.parsed.errors.find((e) => e.field === 'issueNo')?.message;
    const example = EXAMPLES[verb] ?? EXAMPLES.销号;
    return {
      result: {
        replies: [{ text: ledgerText.needNo(hint ?? `请写上问题编号，例如：${example}`, verb) }],
        status: 'rejected',
        reason: `${verb}: no issue number`,
      },
    };
  }
  const scope = await resolveVillage(ctx, inTownship?.village ?? null, { purpose: 'act', example: `#${verb} 三星村 ${target.issueNo}` });
  if (scope.result) return { result: scope.result };
  const issue = await findIssue(ctx.tx, scope.village.id, target.issueNo);
  if (!issue) {
    return {
      result: {
        replies: [
          {
            text: (await isWithdrawnNo(ctx.tx, scope.village.id, target.issueNo))
              ? ledgerText.withdrawnNo(scope.village.name, target.issueNo)
              : ledgerText.unknownNo(scope.village.name, target.issueNo),
          },
        ],
        status: 'rejected',
        reason: `unknown issue #${target.issueNo} in ${scope.village.name}`,
      },
    };
  }
  return { issue, village: scope.village, text: target.text };
}

/** A card button carries its row's village by id: that village, whatever the group. */
async function cardVillage(ctx: HandlerContext<TargetParsed<TargetKind>>): Promise<{ village: string; target: Target } | null> {
  const { villageId, target } = ctx.parsed;
  if (!villageId || !target) return null;
  const village = await villageById(ctx.tx, villageId);
  return village ? { village: village.name, target } : null;
}

/**
 * In a township group (or a township-level member's private chat) a number needs its village, which the parser cannot know: the
 * township's village names are data. `#销号 三星村 12 …` (the form the bot asks for; the parse
 * keeps the name written before the number) and `#销号 12 三星村 …` are read here; a village
 * named anywhere else is just words.
 */
async function townshipVillage(ctx: HandlerContext<TargetParsed<TargetKind>>): Promise<{ village: string; target: Target } | null> {
  const { group, parsed, sender } = ctx;
  // A township-level member writing privately is in their township as in its group (`#接办 三星村 12`).
  const townshipId = group ? (group.kind === 'township' ? group.townshipId : null) : sender.villageId === null ? sender.townshipId : null;
  if (!townshipId) return null;
  const names = (await villagesOfTownship(ctx.tx, townshipId)).map((v) => v.name).sort((a, b) => b.length - a.length);
  if (parsed.ok && parsed.target?.text) {
    const text = parsed.target.text;
    const name = names.find((n) => text.startsWith(n));
    if (name) return { village: name, target: { issueNo: parsed.target.issueNo, text: text.slice(name.length).trim() || null } };
  }
  const first = parsed.nameFirst;
  if (first && names.includes(first.name)) return { village: first.name, target: first.target };
  return null;
}
