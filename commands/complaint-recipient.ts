import { commandLabels } from '../prompts/command-labels.ts';
import { common } from '../prompts/common.ts';
import { complaintText as t } from '../prompts/complaint.ts';
import { complaintRecipientManual } from '../prompts/manual/complaint-recipient.ts';
import { accountsOfMembers } from '../storage/accounts.ts';
import { findTownship, setComplaintRecipient } from '../storage/complaints.ts';
import { rosterMembersNamed } from '../storage/members.ts';
import { defineCommand, type Parsed } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';

export interface ComplaintRecipientParsed extends Parsed<'complaintRecipient'> {
  name: string | null;
  township: string | null;
}

const TOWNSHIP = /^[\u4e00-\u9fff]{1,10}(?:镇|乡|街道)$/;

/**
 * `#意见接收人 姓名 乡镇` (admins): who receives the township's complaints, privately. A roster
 * member of the township level (tied to no village, so no village's complaints go to its own
 * cadre) with an account the bot can write to.
 */
export const complaintRecipient = defineCommand({
  kind: 'complaintRecipient',
  words: ['意见接收人'],
  roles: ['admin'],
  label: commandLabels.complaintRecipient,
  // Its line is complaintAnswer's (one line for both 意见箱 upkeep commands).
  help: null,
  manual: complaintRecipientManual,
  refused: (name) => common.refusedAdmin(name),
  parse(body): ComplaintRecipientParsed {
    const words = body.split(/[\s,，、:：]+/).filter(Boolean);
    const township = words.find((w) => TOWNSHIP.test(w)) ?? null;
    const name = words.find((w) => w !== township) ?? null;
    const ok = !!(name && township) && words.length === 2;
    return { kind: 'complaintRecipient', ok, errors: ok ? [] : [{ field: 'name', message: t.recipientUsage }], name, township };
  },
  handle: setRecipient,
});

const refuse = (text: string, reason: string): HandlerResult => ({ replies: [{ text }], status: 'rejected', reason });

async function setRecipient({ tx, parsed, sender, now }: HandlerContext<ComplaintRecipientParsed>): Promise<HandlerResult> {
  if (!parsed.ok || !parsed.name || !parsed.township) return refuse(t.recipientUsage, 'complaint recipient: name or township missing');
  const township = await findTownship(tx, parsed.township);
  if (!township) return refuse(t.unknownTownship(parsed.township), `unknown township ${parsed.township}`);
  const named = await rosterMembersNamed(tx, parsed.name);
  if (!named.length) return refuse(t.unknownMember(parsed.name), `no roster member ${parsed.name}`);
  const here = named.filter((m) => m.townshipId === township.id || m.village?.townshipId === township.id);
  const candidates = here.length ? here : named;
  if (candidates.length > 1) return refuse(t.ambiguousMember(parsed.name), `several roster members ${parsed.name}`);
  const member = candidates[0];
  if (member.villageId !== null) return refuse(t.villageMember(member.name), `${member.name} belongs to a village`);
  if (!(await accountsOfMembers(tx, [member.id])).get(member.id)?.length)
    return refuse(t.noAccount(member.name), `${member.name} has no account`);
  await setComplaintRecipient(tx, township.id, member.id, sender.name, now);
  return { replies: [{ text: t.recipientSet(member.name, township.name) }] };
}
