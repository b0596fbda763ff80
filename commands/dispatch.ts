import { addDays, dayParts, shanghaiDay } from '../core/shanghai-calendar.ts';
import { maskReply } from '../core/mask-reply.ts';
import { bindText } from '../prompts/bind.ts';
import { cadenceText } from '../prompts/cadence.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { dispatchCommandText } from '../prompts/dispatch-pack.ts';
import { helpLines } from '../prompts/help.ts';
import { dispatchManual } from '../prompts/manual/dispatch.ts';
import { buildDispatchPack } from '../sheets/build-dispatch-pack.ts';
import { allVillages, townshipName, unassignedVillageNames, villageById, villagesByIds, villagesOfTownship } from '../storage/villages.ts';
import { defineCommand, type Parsed } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';

/**
 * `#调度`: the dispatch pack (short message, card, xlsx) on demand, for the half-month so far
 * (the 1st–15th or the 16th–end, as the 半月调度 counts), over the asker's scope: a village's
 * team leader their village, a 联村领导 their 联系村, a township leader the township, an admin
 * the township group's township or every village.
 */
export const dispatch = defineCommand({
  kind: 'dispatch',
  words: ['调度'],
  roles: ['leader', 'admin'],
  label: commandLabels.dispatch,
  help: helpLines.dispatch,
  manual: dispatchManual,
  takesNoText: true,
  parse: (): Parsed<'dispatch'> => ({ kind: 'dispatch', ok: true, errors: [] }),
  handle: dispatchOnDemand,
});

type Scope = { label: string; villages: Array<{ id: number; name: string }>; township: boolean };

async function scopeOf(ctx: HandlerContext): Promise<Scope | null> {
  const { tx, sender, group } = ctx;
  if (sender.role === 'admin') {
    if (group?.kind === 'township' && group.townshipId)
      return { label: group.townshipName ?? '', villages: await villagesOfTownship(tx, group.townshipId), township: true };
    return { label: dispatchCommandText.allVillages, villages: await allVillages(tx), township: true };
  }
  if (sender.villageId !== null) {
    const village = await villageById(tx, sender.villageId);
    return village ? { label: village.name, villages: [village], township: false } : null;
  }
  if (sender.leadVillageIds?.length) {
    const villages = await villagesByIds(tx, sender.leadVillageIds);
    return { label: villages.map((v) => v.name).join('、'), villages, township: false };
  }
  if (sender.townshipId !== null)
    return {
      label: (await townshipName(tx, sender.townshipId)) ?? '',
      villages: await villagesOfTownship(tx, sender.townshipId),
      township: true,
    };
  return null;
}

async function dispatchOnDemand(ctx: HandlerContext<Parsed<'dispatch'>>): Promise<HandlerResult> {
  const scope = await scopeOf(ctx);
  if (!scope)
    return { replies: [{ text: dispatchCommandText.noScope(ctx.sender.name) }], status: 'rejected', reason: 'dispatch: no scope' };
  const today = shanghaiDay(ctx.now);
  const { date } = dayParts(today);
  const fromDay = addDays(today, -(date >= 16 ? date - 16 : date - 1));
  const orphans = scope.township ? await unassignedVillageNames(ctx.tx) : [];
  const built = await buildDispatchPack(ctx.tx, {
    villages: scope.villages,
    label: scope.label,
    fromDay,
    lastDay: today,
    today,
    tail: orphans.length ? [bindText.unassigned(orphans)] : [],
    filesDir: ctx.settings.FILES_DIR,
    stamp: ctx.now,
  });
  const title = cadenceText.heading(cadenceText.titles.dispatch, built.subject);
  const reply = maskReply({
    text: [title, ...built.lines].join('\n'),
    card: {
      title: cadenceText.cardTitle(cadenceText.titles.dispatch, built.subject),
      template: built.pack.allTime.overdue ? ('orange' as const) : ('blue' as const),
      rows: built.lines.map((text) => ({ text })),
    },
  });
  return { replies: [built.file ? { ...reply, file: built.file } : reply], reason: `dispatch ${scope.label}` };
}
