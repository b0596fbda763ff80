import { shanghaiDay } from '../core/shanghai-calendar.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { complaintText as t } from '../prompts/complaint.ts';
import { helpLines } from '../prompts/help.ts';
import { complaintManual } from '../prompts/manual/complaint.ts';
import { pickAccount } from '../storage/accounts.ts';
import { peopleByIds } from '../storage/cadence-people.ts';
import { addComplaint, complaintRecipientOf, findTownship, townshipsWithRecipient } from '../storage/complaints.ts';
import { findVillage, townshipName, villageById } from '../storage/villages.ts';
import { defineCommand, type Parsed } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';

export interface ComplaintParsed extends Parsed<'complaint'> {
  anonymous: boolean;
  text: string;
}

const ANONYMOUS = /^\s*[(（【[]?匿名[)）】\]]?\s*[:：,，、]?\s*/;
/** The first word, when it may be a village or township name (`三星村`, `后叶镇`). */
const LEADING_PLACE = /^([\u4e00-\u9fff]{1,8}(?:村|镇|乡))(?=[\s,，:：、]|$)/;

/**
 * `#意见 …` / `#意见 匿名 …`: a villager's complaint, written privately to the bot, goes privately
 * to the township's designated recipient (`#意见接收人`), never to a group. The sender gets a
 * receipt number; an anonymous complaint reaches the recipient with no name and no account,
 * and the sender's chat is kept only so `#回复意见` can answer. Written in a group, it is
 * neither forwarded nor repeated.
 */
export const complaint = defineCommand({
  kind: 'complaint',
  words: ['意见', '意见箱', '投诉'],
  roles: ['villager', 'cadre', 'leader', 'admin'],
  label: commandLabels.complaint,
  help: helpLines.complaint,
  manual: complaintManual,
  // `#意见匿名…` is the command; `#意见反馈群` and the like are someone's own tag.
  takesGlued: (body) => /^匿名/.test(body),
  parse(body): ComplaintParsed {
    const anonymous = ANONYMOUS.test(body);
    const text = (anonymous ? body.replace(ANONYMOUS, '') : body).trim();
    const errors = text ? [] : [{ field: 'text', message: t.usage }];
    return { kind: 'complaint', ok: !!text, errors, anonymous, text };
  },
  handle: forwardComplaint,
});

const refuse = (text: string, reason: string): HandlerResult => ({ replies: [{ text }], status: 'rejected', reason });

async function forwardComplaint(ctx: HandlerContext<ComplaintParsed>): Promise<HandlerResult> {
  const { tx, msg, parsed, sender, now, inboxId } = ctx;
  // The reasons below are kept on the inbox row: never the complaint or who wrote it.
  if (!msg.isPrivate) return refuse(t.inGroup, 'complaint: written in a group, not forwarded');
  if (!parsed.ok) return refuse(t.usage, 'complaint: empty');

  const place = await placeOf(ctx);
  if (!place) return refuse(t.noTownship, 'complaint: township unknown');
  const recipientId = await complaintRecipientOf(tx, place.townshipId);
  const [recipient] = recipientId ? await peopleByIds(tx, [recipientId]) : [];
  // Never to a cadre of the sender's own village (the recipient is set township-wide, but a roster may change).
  const ownVillage = place.villageId !== null && recipient?.villageId === place.villageId;
  const account = recipient && !ownVillage ? pickAccount(recipient.accounts, [msg.platform]) : null;
  if (!recipient || !account) return refuse(t.noRecipient, 'complaint: no recipient to forward to');

  const id = await addComplaint(tx, {
    townshipId: place.townshipId,
    recipientId: recipient.id,
    anonymous: parsed.anonymous,
    text: parsed.text,
    senderMemberId: parsed.anonymous ? null : sender.id,
    senderName: parsed.anonymous ? null : sender.name,
    senderPlatform: msg.platform,
    senderChatId: msg.chatId,
    inboxId,
    receivedAt: now,
  });
  const forwarded = t.toRecipient({
    id,
    day: shanghaiDay(now),
    place: place.label,
    anonymous: parsed.anonymous,
    senderName: parsed.anonymous ? null : sender.name,
    text: parsed.text,
  });
  return {
    replies: [
      { text: t.receipt(id, parsed.anonymous) },
      { to: { platform: account.platform, chatId: account.platformUserId, private: true }, text: forwarded },
    ],
    reason: `complaint ${id} forwarded`,
  };
}

interface ComplaintPlace {
  townshipId: number;
  villageId: number | null;
  /** What the recipient is told: the village, else the township. */
  label: string;
}

/**
 * The township a complaint belongs to: the sender's village's or township's (roster), else a
 * village or township named first, else the only township with a recipient.
 */
async function placeOf({ tx, sender, parsed }: HandlerContext<ComplaintParsed>): Promise<ComplaintPlace | null> {
  const village = sender.villageId ? await villageById(tx, sender.villageId) : null;
  if (village?.townshipId) return { townshipId: village.townshipId, villageId: village.id, label: village.name };
  if (sender.townshipId)
    return { townshipId: sender.townshipId, villageId: null, label: (await townshipName(tx, sender.townshipId)) ?? '' };
  const named = LEADING_PLACE.exec(parsed.text)?.[1];
  if (named) {
    const v = await findVillage(tx, named);
    if (v?.townshipId) return { townshipId: v.townshipId, villageId: v.id, label: v.name };
    const township = await findTownship(tx, named);
    if (township) return { townshipId: township.id, villageId: null, label: township.name };
  }
  const only = await townshipsWithRecipient(tx);
  if (only.length === 1) return { townshipId: only[0], villageId: null, label: (await townshipName(tx, only[0])) ?? '' };
  return null;
}
