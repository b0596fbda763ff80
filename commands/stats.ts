import { statsLines } from '../prompts/stats.ts';
import { weekStats } from '../storage/stats.ts';
import { unassignedVillageNames } from '../storage/villages.ts';
import { bindText } from '../prompts/bind.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { statsManual } from '../prompts/manual/stats.ts';
import { helpLines } from '../prompts/help.ts';
import { defineCommand } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { startsWithPlace } from './parse/glued-text.ts';
import { readPlace, type PlaceParsed } from './parse/read-place.ts';
import { addDays, dayStart, shanghaiDay, weekOf } from '../core/shanghai-calendar.ts';
import { maskedReply } from './ledger/masked-reply.ts';
import { resolveScope } from './ledger/resolve-scope.ts';
import { satisfactionText } from '../prompts/satisfaction.ts';
import { satisfactionFigures } from '../storage/satisfaction.ts';

/**
 * `#统计`: this week (Monday to Sunday, Asia/Shanghai) — visits per cadre, coverage of the
 * roster, items new, closed, open and overdue — as text and as a card.
 */
export const stats = defineCommand({
  kind: 'stats',
  words: ['统计', '周报', '本周'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.stats,
  help: helpLines.stats,
  manual: statsManual,
  takesGlued: startsWithPlace,
  takesNoText: true,
  parse: (body) => readPlace('stats', body),
  handle: weekFigures,
});

async function weekFigures(ctx: HandlerContext<PlaceParsed<'stats'>>): Promise<HandlerResult> {
  const scope = await resolveScope(ctx, '#统计 三星村');
  if (scope.result) return scope.result;
  const today = shanghaiDay(ctx.now);
  const { monday, sunday } = weekOf(today);
  const figures = await weekStats(
    ctx.tx,
    scope.villages.map((v) => v.id),
    {
      monday,
      sunday,
      from: dayStart(monday),
      to: dayStart(addDays(sunday, 1)),
      today,
    },
  );
  const { title, rows: ledgerRows } = statsLines(scope.label, monday, sunday, figures);
  const rows = [...ledgerRows, ...(await satisfactionRows(ctx, scope.villages, monday, sunday, today))];
  // A township's figures cannot count a village nobody has put in a township: name it instead.
  const orphans = scope.townshipId ? await unassignedVillageNames(ctx.tx) : [];
  if (orphans.length) rows.push(bindText.unassigned(orphans));
  const card = { title, template: figures.overdue ? ('orange' as const) : ('green' as const), rows: rows.map((text) => ({ text })) };
  return { replies: [maskedReply([title, ...rows].join('\n'), card)] };
}

/** 满意度 this week against last week: one village's block, or a line per village of a township. */
async function satisfactionRows(
  ctx: HandlerContext,
  villages: ReadonlyArray<{ id: number; name: string }>,
  monday: string,
  sunday: string,
  today: string,
): Promise<string[]> {
  const ids = villages.map((v) => v.id);
  const periods = { current: { from: monday, to: sunday }, previous: { from: addDays(monday, -7), to: addDays(monday, -1) } };
  const figures = await satisfactionFigures(ctx.tx, ids, periods, today, ctx.settings.UNSATISFIED_REVISIT_DAYS);
  if (villages.length === 1) return satisfactionText.villageLines(figures.get(ids[0])!);
  return villages.flatMap((v) => satisfactionText.dispatchLine(v.name, figures.get(v.id)!) ?? []);
}
