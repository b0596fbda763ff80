import { meetingText as t } from '../../prompts/meeting.ts';
import { addIssues, allocateIssueNos } from '../../storage/issues.ts';
import { addMeeting } from '../../storage/meetings.ts';
import type { Parsed } from '../define-command.ts';
import type { HandlerContext, HandlerResult } from '../handler.ts';
import { maskedReply } from '../ledger/masked-reply.ts';
import { resolveVillage } from '../ledger/resolve-village.ts';
import { inferIssueCategory } from '../parse/infer-category.ts';
import type { MeetingFields } from '../parse/parse-meeting.ts';

export type MeetingParsed<K extends string> = Parsed<K> & Omit<MeetingFields, 'errors'>;

/**
 * Records a meeting and puts each opinion on the village's ledger as an item whose source is
 * that meeting (the export's 来源 names it). Nothing is stored when the text has a fault.
 */
export async function recordMeeting<K extends string>(ctx: HandlerContext<MeetingParsed<K>>, kind: string): Promise<HandlerResult> {
  const { parsed, tx, sender, now, inboxId } = ctx;
  if (!parsed.ok) {
    return {
      replies: [
        {
          text: t.fix(
            kind,
            parsed.errors.map((e) => e.message),
          ),
        },
      ],
      status: 'rejected',
      reason: `meeting: ${parsed.errors.map((e) => e.field).join(',')} invalid`,
    };
  }
  const scope = await resolveVillage(ctx, parsed.village, {
    purpose: 'act',
    example: `#${kind} 三星村2组 12月5日 参会32人 意见：路灯不亮`,
  });
  if (scope.result) return scope.result;
  const village = scope.village;
  // The ledger number lock first, as every check-in takes it first.
  const firstNo = parsed.opinions.length ? await allocateIssueNos(tx, village.id, parsed.opinions.length) : 0;
  const meetingId = await addMeeting(
    tx,
    {
      villageId: village.id,
      kind,
      group: parsed.group,
      heldOn: parsed.heldOn,
      attendees: parsed.attendees,
      minutes: parsed.minutes,
      recordedBy: sender.name,
      inboxId,
    },
    now,
  );
  const items = await addIssues(
    tx,
    village.id,
    parsed.opinions.map((description) => ({
      category: inferIssueCategory(description),
      description,
      assignee: null,
      dueOn: null,
      source: 'meeting' as const,
      meetingId,
      group: parsed.group,
      reportedBy: sender.name,
      reportedById: sender.id,
      inboxId,
      createdAt: now,
    })),
    firstNo,
  );
  const place = `${village.name}${parsed.group ?? ''}`;
  const lines = [t.recorded(kind, place, parsed.heldOn, parsed.attendees)];
  if (parsed.minutes) lines.push(t.minutesKept);
  if (items.length) lines.push(t.opinions(items.length), ...items.map((i) => t.opinion(i.no, i.description)), t.ask);
  return { replies: [maskedReply(lines.join('\n'))] };
}
