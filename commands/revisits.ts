import { addDays, shanghaiDay } from '../core/shanghai-calendar.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { helpLines } from '../prompts/help.ts';
import { revisitsManual } from '../prompts/manual/revisits.ts';
import { satisfactionText as t } from '../prompts/satisfaction.ts';
import { unsatisfiedHouseholds } from '../storage/satisfaction.ts';
import { villagesOfTownship } from '../storage/villages.ts';
import { defineCommand } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { maskedReply } from './ledger/masked-reply.ts';
import { mayActOnVillage } from './ledger/may-act-on-village.ts';
import { resolveVillage, type VillageScope } from './ledger/resolve-village.ts';
import { startsWithPlace } from './parse/glued-text.ts';
import { readPlace, type PlaceParsed } from './parse/read-place.ts';

/**
 * `#待回访`: the households whose latest verdict is 不满意, with the reason and the day a return
 * visit is due. It names households with their verdict, so it is answered only in a private
 * chat: a cadre sees the households they are responsible for (on the roster or by the visit),
 * leaders and admins every household of the villages they may see.
 */
export const revisits = defineCommand({
  kind: 'revisits',
  words: ['待回访', '不满意名单', '满意度名单'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.revisits,
  help: helpLines.revisits,
  manual: revisitsManual,
  takesGlued: startsWithPlace,
  takesNoText: true,
  parse: (body) => readPlace('revisits', body),
  handle: revisitList,
});

async function revisitList(ctx: HandlerContext<PlaceParsed<'revisits'>>): Promise<HandlerResult> {
  const { tx, msg, sender, now, settings } = ctx;
  if (!msg.isPrivate) return { replies: [{ text: t.privateOnly }], status: 'rejected', reason: 'revisits: asked in a group' };
  const scope = await villagesInScope(ctx);
  if ('result' in scope) return scope.result;
  const today = shanghaiDay(now);
  const names = new Map(scope.villages.map((v) => [v.id, v.name]));
  const listed = (
    await unsatisfiedHouseholds(
      tx,
      scope.villages.map((v) => v.id),
    )
  ).filter(
    (h) => sender.role !== 'cadre' || h.householdCadreId === sender.id || (h.householdCadreId === null && h.visitCadreId === sender.id),
  );
  if (!listed.length) return { replies: [{ text: t.revisitNone(scope.label) }] };
  const lines = listed.map((h) => {
    const revisitBy = addDays(h.visitedOn, settings.UNSATISFIED_REVISIT_DAYS);
    return t.revisitLine({ ...h, village: names.get(h.villageId) ?? '', revisitBy, overdue: !h.revisited && revisitBy < today });
  });
  return { replies: [maskedReply([t.revisitHead(scope.label, listed.length), ...lines, t.revisitFooter].join('\n'))] };
}

/** A named village; else the sender's own; a township leader's (or admin's) whole township. */
async function villagesInScope(
  ctx: HandlerContext<PlaceParsed<'revisits'>>,
): Promise<{ label: string; villages: VillageScope[] } | { result: HandlerResult }> {
  const { sender, parsed, tx } = ctx;
  if (!parsed.village && !sender.villageId && sender.townshipId && sender.role !== 'cadre') {
    const villages = (await villagesOfTownship(tx, sender.townshipId)).filter((v) => mayActOnVillage(sender, v));
    if (villages.length) return { label: '本乡镇', villages };
  }
  const one = await resolveVillage(ctx, parsed.village, { purpose: 'act', example: t.needScope });
  if (one.result) return { result: one.result };
  return { label: one.village.name, villages: [one.village] };
}
