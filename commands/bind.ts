import { commandLabels } from '../prompts/command-labels.ts';
import { bindManual } from '../prompts/manual/bind.ts';
import { common } from '../prompts/common.ts';
import { bindGroup } from '../storage/groups.ts';
import { ensureTownship, ensureVillage } from '../storage/villages.ts';
import { defineCommand, type Parsed } from './define-command.ts';
import { startsWithPlaceName } from './parse/glued-text.ts';
import { parseBind } from './parse/parse-bind.ts';

export interface BindParsed extends Parsed<'bind'> {
  /** The village's or township's name, whichever `scope` says. */
  village: string | null;
  scope: 'village' | 'township' | null;
}

/** `#绑定 三星村` binds this group to a village; `#绑定 乡镇 后叶镇` to a township (admins only). */
export const bind = defineCommand({
  kind: 'bind',
  words: ['绑定'],
  roles: ['admin'],
  label: commandLabels.bind,
  help: null,
  manual: bindManual,
  openInUnboundGroup: true,
  takesGlued: startsWithPlaceName,
  refused: (name) => common.refusedAdmin(name),
  parse(body): BindParsed {
    const { village, scope, errors } = parseBind(body);
    return { kind: 'bind', ok: errors.length === 0, errors, village, scope };
  },
  async handle({ tx, msg, parsed }) {
    const name = parsed.village?.trim();
    if (!name) return { replies: [{ text: common.bindNeedsName }], status: 'rejected', reason: 'bind without a name' };
    if (parsed.scope === 'township') {
      const township = await ensureTownship(tx, name);
      await bindGroup(tx, { platform: msg.platform, chatId: msg.chatId, name: msg.chatName, townshipId: township.id });
      return { replies: [{ text: common.bound(`${name}（乡镇群，接收半月调度）`) }] };
    }
    const village = await ensureVillage(tx, name);
    await bindGroup(tx, {
      platform: msg.platform,
      chatId: msg.chatId,
      name: msg.chatName,
      villageId: village.id,
      townshipId: village.townshipId,
    });
    return { replies: [{ text: common.bound(`${name}（村工作群）`) }] };
  },
});
