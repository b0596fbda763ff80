import { commandLabels } from '../prompts/command-labels.ts';
import { bindManual } from '../prompts/manual/bind.ts';
import { common } from '../prompts/common.ts';
import { bindGroup } from '../storage/groups.ts';
import { bindText } from '../prompts/bind.ts';
import { ensureTownship, ensureVillage, findVillage, townshipNames } from '../storage/villages.ts';
import { defineCommand, type Parsed } from './define-command.ts';
import { startsWithPlaceName } from './parse/glued-text.ts';
import { parseBind } from './parse/parse-bind.ts';

export interface BindParsed extends Parsed<'bind'> {
  /** The village's or township's name, whichever `scope` says. */
  village: string | null;
  scope: 'village' | 'township' | null;
  township: string | null;
}

/**
 * `#绑定 三星村` binds this group to a village, `#绑定 三星村 后叶镇` also sets its township;
 * `#绑定 乡镇 后叶镇` binds a township group (admins only).
 */
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
    const { village, scope, township, errors } = parseBind(body);
    return { kind: 'bind', ok: errors.length === 0, errors, village, scope, township };
  },
  async handle({ tx, msg, parsed }) {
    const name = parsed.village?.trim();
    if (!name) return { replies: [{ text: common.bindNeedsName }], status: 'rejected', reason: 'bind without a name' };
    if (parsed.scope === 'township') {
      const township = await ensureTownship(tx, name);
      await bindGroup(tx, { platform: msg.platform, chatId: msg.chatId, name: msg.chatName, townshipId: township.id });
      return { replies: [{ text: common.bound(`${name}（乡镇群，接收半月调度）`) }] };
    }
    const known = await findVillage(tx, name);
    const townshipName = parsed.township?.trim() || null;
    // A village with no township drops out of every dispatch and escalation: ask for it rather
    // than create one silently. Only a database with no township at all (a first try on the
    // console, no roster) binds one, and says so.
    if (!townshipName && !known?.townshipId) {
      const townships = await townshipNames(tx);
      if (townships.length)
        return {
          replies: [{ text: bindText.askTownship(name, !!known, townships) }],
          status: 'rejected',
          reason: `bind: ${name} has no township`,
        };
    }
    const village = await ensureVillage(tx, name, townshipName);
    await bindGroup(tx, {
      platform: msg.platform,
      chatId: msg.chatId,
      name: msg.chatName,
      villageId: village.id,
      townshipId: village.townshipId,
    });
    const lines = [common.bound(townshipName ? bindText.villageOf(name, townshipName) : `${name}（村工作群）`)];
    if (!village.townshipId) lines.push(bindText.noTownshipYet(name));
    return { replies: [{ text: lines.join('\n') }] };
  },
});
