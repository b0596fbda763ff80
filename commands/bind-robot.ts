import { commandLabels } from '../prompts/command-labels.ts';
import { common } from '../prompts/common.ts';
import { robotText } from '../prompts/group-robot.ts';
import { bindRobotManual } from '../prompts/manual/bind-robot.ts';
import { chatsOfVillage } from '../storage/groups.ts';
import { registerGroupRobot } from '../storage/group-robots.ts';
import { redactInboxText } from '../storage/inbox.ts';
import { findVillage } from '../storage/villages.ts';
import { defineCommand, type Parsed } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';

export interface BindRobotParsed extends Parsed<'bindRobot'> {
  village: string | null;
  /** The webhook key, read from the bare key or a pasted webhook URL; null when it is not one. */
  key: string | null;
  /** What the sender wrote as the key, to take out of the stored message whatever it was. */
  written: string | null;
}

/** A group robot's key: WeCom issues a UUID; letters, digits and dashes of a key's length are taken. */
const KEY = /^[A-Za-z0-9-]{16,64}$/;

/** `#绑定机器人 三星村 KEY`: registers the robot of the village's WeCom group (admins, private chat only). */
export const bindRobot = defineCommand({
  kind: 'bindRobot',
  words: ['绑定机器人'],
  roles: ['admin'],
  label: commandLabels.bindRobot,
  help: null,
  manual: bindRobotManual,
  // A key posted in a group nobody has bound yet still gets its warning (and leaves the inbox).
  openInUnboundGroup: true,
  refused: (name) => common.refusedAdmin(name),
  parse(body): BindRobotParsed {
    const [village, written] = body.trim().split(/\s+/).filter(Boolean);
    if (!village || !written) {
      return {
        kind: 'bindRobot',
        ok: false,
        errors: [{ field: 'key', message: robotText.needPlaceAndKey }],
        village: village ?? null,
        key: null,
        written: written ?? village ?? null,
      };
    }
    const key = readKey(written);
    if (!key) return { kind: 'bindRobot', ok: false, errors: [{ field: 'key', message: robotText.badKey }], village, key: null, written };
    return { kind: 'bindRobot', ok: true, errors: [], village, key, written };
  },
  handle: registerRobot,
});

async function registerRobot(ctx: HandlerContext<BindRobotParsed>): Promise<HandlerResult> {
  const { tx, msg, parsed, sender, now, inboxId } = ctx;
  // Whatever happens next, the stored message keeps no copy of the key.
  if (parsed.written) await redactInboxText(tx, inboxId, parsed.written, robotText.keyRedacted);
  const refuse = (text: string, reason: string): HandlerResult => ({ replies: [{ text }], status: 'rejected', reason });
  if (!msg.isPrivate) return refuse(robotText.notInGroup(sender.name), 'robot key sent in a group');
  if (!parsed.ok || !parsed.village || !parsed.key)
    return refuse(parsed.errors[0]?.message ?? robotText.needPlaceAndKey, 'robot key unreadable');
  const village = await findVillage(tx, parsed.village);
  if (!village) return refuse(robotText.unknownVillage(parsed.village), 'robot for an unknown village');
  const groups = (await chatsOfVillage(tx, village.id)).filter((c) => c.platform === 'wecom');
  if (!groups.length) return refuse(robotText.noWecomGroup(village.name), 'robot for a village with no WeCom group');
  if (groups.length > 1)
    return refuse(robotText.severalGroups(village.name, groups.length), 'robot for a village with several WeCom groups');
  await registerGroupRobot(tx, { chatId: groups[0].chatId, key: parsed.key, registeredBy: sender.name, at: now });
  return { replies: [{ text: robotText.registered(village.name) }], reason: `group robot registered for ${village.name}` };
}

/** The key itself, or the `key=` of a pasted webhook URL. */
function readKey(written: string): string | null {
  if (/^https?:\/\//i.test(written)) {
    try {
      const key = new URL(written).searchParams.get('key');
      return key && KEY.test(key) ? key : null;
    } catch {
      return null;
    }
  }
  return KEY.test(written) ? written : null;
}
