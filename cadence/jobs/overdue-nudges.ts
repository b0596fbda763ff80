// Overdue nudges (daily): one digest per village group @-mentioning the assignees, a private
// note to the village's team leaders, and after ESCALATE_AFTER_DAYS the township leaders
// (private) and the township group (when its list changed, or a week after it last saw it).
// The run is once a day, so each item at most once a day.
// The same digest lists items still without 时限 or 责任人 (with who reported them) until they
// are filled; one with neither, older than MISSING_ESCALATE_DAYS, goes in the team leader's note.
import type { CadenceSettings } from '../cadence-settings.ts';
import { canStartPrivateChat } from '../../core/platform.ts';
import { cadenceText } from '../../prompts/cadence.ts';
import { itemsMissingOwner, itemsPastDeadline } from '../../storage/cadence-issues.ts';
import { villageLeaders, type Person } from '../../storage/cadence-people.ts';
import { leadersOfTownship, type TownshipLeader } from '../../storage/leaders.ts';
import type { Queryable } from '../../storage/client.ts';
import { listGroups } from '../../storage/groups.ts';
import { townshipName as nameOfTownship } from '../../storage/villages.ts';
import { escalationNotices } from '../../storage/escalation-notices.ts';
import { chatKey, type PlannedMessage } from '../cadence-job.ts';
import { digestMessage } from '../digest-message.ts';
import { overdueItems } from '../overdue-days.ts';
import { privateDestination, resolveMentions } from '../resolve-mentions.ts';
import { addDays, dayStart, daysBetween, shanghaiDay } from '../../core/shanghai-calendar.ts';

/** Items listed in a village digest; an assignee past this is still counted. */
export const NUDGE_ITEMS_LISTED = 10;
/** Items per village in a leader's private note. */
export const LEADER_ITEMS_LISTED = 3;
/** An unchanged 逾期升级 list is shown to the township group again after this many days. */
export const ESCALATION_REPEAT_DAYS = 7;

type Overdue = ReturnType<typeof overdueItems<Awaited<ReturnType<typeof itemsPastDeadline>>[number]>>[number];
type Missing = Awaited<ReturnType<typeof itemsMissingOwner>>[number];

// A private note needs an account the bot can open a private chat with (not a WeCom one).
const reachable = (p: Person) => p.accounts.some((a) => canStartPrivateChat(a.platform));

export async function planOverdueNudges(db: Queryable, now: Date, config: CadenceSettings): Promise<PlannedMessage[]> {
  const t = cadenceText.nudge;
  const today = shanghaiDay(now);
  const overdue = overdueItems(await itemsPastDeadline(db, today), today);
  const missing = await itemsMissingOwner(db);
  if (!overdue.length && !missing.length) return [];
  // Neither 时限 nor 责任人, registered before this day: the team leader must set them.
  const staleBefore = dayStart(addDays(today, -config.MISSING_ESCALATE_DAYS + 1));
  const out: PlannedMessage[] = [];
  const villageGroups = await listGroups(db, 'village');
  const byVillage = new Map<number, Overdue[]>();
  for (const i of overdue) byVillage.set(i.villageId, [...(byVillage.get(i.villageId) ?? []), i]);
  const missingByVillage = new Map<number, Missing[]>();
  for (const i of missing) missingByVillage.set(i.villageId, [...(missingByVillage.get(i.villageId) ?? []), i]);
  // A leader with accounts on several platforms is written to once, on the platform their
  // (first) village's group uses, so the note sits beside the group digest it follows.
  const leaderNotes = new Map<
    number,
    {
      person: Person;
      prefer: string[];
      villages: Array<{ name: string; items: Overdue[] }>;
      unowned: Array<{ name: string; items: Missing[] }>;
    }
  >();
  const escalations = new Map<number, Overdue[]>();

  for (const villageId of new Set([...byVillage.keys(), ...missingByVillage.keys()])) {
    const items = byVillage.get(villageId) ?? [];
    const chase = missingByVillage.get(villageId) ?? [];
    const village = items[0]?.village ?? chase[0].village;
    const listed = items.slice(0, NUDGE_ITEMS_LISTED);
    const chaseListed = chase.slice(0, NUDGE_ITEMS_LISTED);
    for (const group of villageGroups.filter((g) => g.villageId === villageId)) {
      const platform = group.platform;
      const lines: string[] = [];
      if (items.length) {
        lines.push(t.head(items.length), ...listed.map((i) => cadenceText.item(i)));
        if (items.length > listed.length) lines.push(cadenceText.moreItems(items.length - listed.length));
        lines.push(t.ask);
      }
      if (chase.length) {
        lines.push(t.missingHead(chase.length), ...chaseListed.map((i) => cadenceText.missingItem(i)));
        if (chase.length > chaseListed.length) lines.push(cadenceText.moreItems(chase.length - chaseListed.length));
        lines.push(cadenceText.missingAsk);
      }
      const mentions = await resolveMentions(db, [...items.map((i) => i.assignee), ...chaseListed.map((i) => i.assignee ?? i.reportedBy)], {
        platform,
        villageId,
        townshipId: village.townshipId,
      });
      out.push(
        digestMessage(
          { platform, chatId: group.chatId },
          group.name ?? group.chatId,
          { heading: cadenceText.titles.nudge, subject: village.name, lines, tone: 'orange' },
          mentions,
        ),
      );
    }
    const unowned = chase.filter((i) => !i.dueOn && !i.assignee && i.createdAt < staleBefore);
    if (!items.length && !unowned.length) continue;
    // The village's own team leaders; a village without one is followed by the township's.
    let leaders: Person[] = await villageLeaders(db, villageId);
    if (!leaders.length && village.townshipId) leaders = leadersFor(await leadersOfTownship(db, village.townshipId), villageId);
    const groupPlatforms = villageGroups.filter((g) => g.villageId === villageId).map((g) => g.platform);
    for (const person of leaders.filter(reachable)) {
      const note = leaderNotes.get(person.id) ?? { person, prefer: groupPlatforms, villages: [], unowned: [] };
      if (items.length) note.villages.push({ name: village.name, items });
      if (unowned.length) note.unowned.push({ name: village.name, items: unowned });
      leaderNotes.set(person.id, note);
    }
    const late = items.filter((i) => i.overdueDays >= config.ESCALATE_AFTER_DAYS);
    if (late.length && village.townshipId) escalations.set(village.townshipId, [...(escalations.get(village.townshipId) ?? []), ...late]);
  }

  for (const { person, prefer, villages, unowned } of leaderNotes.values()) {
    const lines: string[] = [];
    if (villages.length) {
      lines.push(t.leaderHead(villages.reduce((n, v) => n + v.items.length, 0)));
      for (const v of villages) {
        if (villages.length > 1) lines.push(t.leaderVillage(v.name, v.items.length));
        for (const i of v.items.slice(0, LEADER_ITEMS_LISTED)) lines.push(cadenceText.item(i));
        if (v.items.length > LEADER_ITEMS_LISTED) lines.push(cadenceText.moreItems(v.items.length - LEADER_ITEMS_LISTED));
      }
      lines.push(t.leaderAsk);
    }
    if (unowned.length) {
      lines.push(
        t.leaderMissingHead(
          unowned.reduce((n, v) => n + v.items.length, 0),
          config.MISSING_ESCALATE_DAYS,
        ),
      );
      for (const v of unowned) {
        for (const i of v.items.slice(0, NUDGE_ITEMS_LISTED))
          lines.push(cadenceText.missingItem(unowned.length > 1 ? { ...i, villageName: v.name } : i));
        if (v.items.length > NUDGE_ITEMS_LISTED) lines.push(cadenceText.moreItems(v.items.length - NUDGE_ITEMS_LISTED));
      }
      lines.push(cadenceText.missingAsk);
    }
    const subject = [...new Set([...villages, ...unowned].map((v) => v.name))].join('、');
    out.push(
      digestMessage(privateDestination(person, prefer)!, person.name, {
        heading: cadenceText.titles.nudge,
        subject,
        lines,
        tone: 'orange',
      }),
    );
  }

  if (escalations.size) {
    const townshipGroups = await listGroups(db, 'township');
    for (const [townshipId, items] of escalations) {
      items.sort((a, b) => b.overdueDays - a.overdueDays || a.village.name.localeCompare(b.village.name, 'zh') || a.no - b.no);
      const listed = items.slice(0, NUDGE_ITEMS_LISTED);
      const lines = [
        cadenceText.escalation.head(config.ESCALATE_AFTER_DAYS),
        ...listed.map((i) => cadenceText.item({ ...i, villageName: i.village.name })),
      ];
      if (items.length > listed.length) lines.push(cadenceText.moreItems(items.length - listed.length));
      const groups = townshipGroups.filter((g) => g.townshipId === townshipId);
      const townshipName = groups[0]?.township?.name ?? (await nameOfTownship(db, townshipId)) ?? '';
      const digest = { heading: cadenceText.titles.escalation, subject: townshipName, lines, tone: 'red' as const };
      // The township's leaders get every item; a 联村领导 only those of their 联系村.
      for (const person of (await leadersOfTownship(db, townshipId)).filter(reachable)) {
        const own = person.villageIds.length ? listed.filter((i) => person.villageIds.includes(i.villageId)) : listed;
        if (!own.length) continue;
        const personal =
          own === listed
            ? digest
            : { ...digest, lines: [lines[0], ...own.map((i) => cadenceText.item({ ...i, villageName: i.village.name }))] };
        out.push(
          digestMessage(
            privateDestination(
              person,
              groups.map((g) => g.platform),
            )!,
            person.name,
            personal,
          ),
        );
      }
      // The group sees the list when it changes, and an unchanged one once a week: a daily
      // copy of the same list teaches a busy group to skip it.
      const itemIds = items
        .map((i) => i.id)
        .sort((a, b) => a - b)
        .join(',');
      const sent = await escalationNotices(
        db,
        groups.map((g) => chatKey({ platform: g.platform, chatId: g.chatId })),
      );
      for (const group of groups) {
        const chat = chatKey({ platform: group.platform, chatId: group.chatId });
        const last = sent.get(chat);
        if (last && last.items === itemIds && daysBetween(last.sentOn, today) < ESCALATION_REPEAT_DAYS) continue;
        out.push({
          ...digestMessage({ platform: group.platform, chatId: group.chatId }, group.name ?? group.chatId, digest),
          escalation: { chat, items: itemIds, sentOn: today },
        });
      }
    }
  }
  return out;
}

/** Who follows a village that has no team leader: its 联村领导, else the township's own leaders. */
function leadersFor(leaders: TownshipLeader[], villageId: number): Person[] {
  const linked = leaders.filter((l) => l.villageIds.includes(villageId));
  return linked.length ? linked : leaders.filter((l) => !l.villageIds.length);
}
