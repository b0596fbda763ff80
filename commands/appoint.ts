import { appointText } from '../prompts/appoint.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { common } from '../prompts/common.ts';
import { helpLines } from '../prompts/help.ts';
import { appointManual } from '../prompts/manual/appoint.ts';
import { appointLeader } from '../storage/leaders.ts';
import { findTownship, townshipNames, villagesNamed } from '../storage/villages.ts';
import { defineCommand, type Parsed } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { parseAppoint, type AppointParse } from './parse/parse-appoint.ts';

export interface AppointParsed extends Parsed<'appoint'>, Omit<AppointParse, 'errors'> {}

/**
 * `#任命 周镇长 乡镇领导 后叶镇` / `#任命 王委员 联村领导 三星村,五星村` (admins): the chat's
 * way to do what the roster's 乡镇领导 sheet does. The person still reaches the bot only
 * through a linked account (#认领 or #认领码): a name is never identity.
 */
export const appoint = defineCommand({
  kind: 'appoint',
  words: ['任命'],
  roles: ['admin'],
  label: commandLabels.appoint,
  help: helpLines.appoint,
  manual: appointManual,
  refused: (name) => common.refusedAdminOnly(name, commandLabels.appoint),
  parse(body): AppointParsed {
    const { errors, ...rest } = parseAppoint(body);
    return { kind: 'appoint', ok: errors.length === 0, errors, ...rest };
  },
  handle: appointPerson,
});

const reject = (text: string, reason: string): HandlerResult => ({ replies: [{ text }], status: 'rejected', reason });

async function appointPerson(ctx: HandlerContext<AppointParsed>): Promise<HandlerResult> {
  const { tx, parsed } = ctx;
  if (!parsed.ok || !parsed.name || !parsed.title || !parsed.level) return reject(parsed.errors[0]?.message ?? '', 'appoint: unreadable');
  let townshipId: number;
  let scope: string;
  let villageIds: number[] = [];
  if (parsed.level === 'township') {
    const township = await findTownship(tx, parsed.places[0]);
    if (!township) return reject(appointText.unknownTownship(parsed.places[0], await townshipNames(tx)), 'appoint: unknown township');
    townshipId = township.id;
    scope = township.name;
  } else {
    const villages = await villagesNamed(tx, parsed.places);
    const unknown = parsed.places.filter((p) => !villages.some((v) => v.name === p));
    if (unknown.length) return reject(appointText.unknownVillage(unknown), 'appoint: unknown village');
    const orphans = villages.filter((v) => v.townshipId === null).map((v) => v.name);
    if (orphans.length) return reject(appointText.orphanVillage(orphans), 'appoint: village without township');
    const townships = [...new Set(villages.map((v) => v.township?.name ?? ''))];
    if (townships.length > 1) return reject(appointText.twoTownships(townships), 'appoint: villages of two townships');
    townshipId = villages[0].townshipId!;
    villageIds = villages.map((v) => v.id);
    scope = parsed.places.join('、');
  }
  const result = await appointLeader(tx, { name: parsed.name, title: parsed.title, townshipId, villageIds });
  const lines = [appointText.appointed(parsed.name, parsed.title, scope)];
  if (!result.linked) lines.push(appointText.notLinked(parsed.name));
  return { replies: [{ text: lines.join('\n') }], reason: `appointed ${parsed.name} ${parsed.title} ${scope}` };
}
