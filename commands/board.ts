import type { BoardScope } from '../core/board-token.ts';
import { BOARD_LINK_HOURS, signBoardToken } from '../core/board-token.ts';
import { boardText } from '../prompts/board.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { helpLines } from '../prompts/help.ts';
import { boardManual } from '../prompts/manual/board.ts';
import { scopeName } from '../storage/board-data.ts';
import { boardKey } from '../storage/board-key.ts';
import type { Sender } from '../storage/members.ts';
import type { GroupBinding } from '../storage/groups.ts';
import { defineCommand, type Parsed } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';

/**
 * `#看板`: a link to the ledger board, sent privately, that opens for 24 hours what the
 * asker's role may read: an admin everything, a township leader the township, a cadre their
 * village. The link holds only the scope's id and its end, signed; never a name or a number.
 */
export const board = defineCommand({
  kind: 'board',
  words: ['看板'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.board,
  help: helpLines.board,
  manual: boardManual,
  takesNoText: true,
  parse: (): Parsed<'board'> => ({ kind: 'board', ok: true, errors: [] }),
  handle: boardLink,
});

/** What a role may read: the member's own village or township, else the group's. */
export function boardScopeOf(sender: Sender, group: GroupBinding | null): BoardScope | null {
  if (sender.role === 'admin') return { kind: 'all' };
  if (sender.role === 'leader') {
    if (sender.townshipId !== null) return { kind: 'township', id: sender.townshipId };
    if (sender.villageId !== null) return { kind: 'village', id: sender.villageId };
    if (group?.kind === 'township' && group.townshipId !== null) return { kind: 'township', id: group.townshipId };
  }
  if (sender.role === 'cadre' && sender.villageId !== null) return { kind: 'village', id: sender.villageId };
  if ((sender.role === 'cadre' || sender.role === 'leader') && group?.kind === 'village' && group.villageId !== null)
    return { kind: 'village', id: group.villageId };
  return null;
}

async function boardLink(ctx: HandlerContext<Parsed<'board'>>): Promise<HandlerResult> {
  const { settings, msg, sender } = ctx;
  if (!settings.HTTP_PORT && !settings.PUBLIC_URL) return { replies: [{ text: boardText.off }], status: 'rejected', reason: 'board off' };
  const scope = boardScopeOf(sender, ctx.group);
  if (!scope) return { replies: [{ text: boardText.noScope }], status: 'rejected', reason: `no board scope for ${sender.role}` };
  const secret = settings.BOARD_SECRET ?? (await boardKey(ctx.tx));
  const base = settings.PUBLIC_URL ?? `http://127.0.0.1:${settings.HTTP_PORT}`;
  const url = `${base}/b/${signBoardToken(secret, scope, ctx.now)}`;
  const name = scope.kind === 'all' ? boardText.scopeAll : ((await scopeName(ctx.tx, scope)) ?? '');
  const text = boardText.link(name, url, BOARD_LINK_HOURS);
  if (msg.isPrivate) return { replies: [{ text }], reason: `board link (${scope.kind})` };
  return {
    replies: [
      { to: { platform: msg.platform, chatId: msg.senderId, private: true }, text },
      { text: boardText.linkSentPrivately(sender.name) },
    ],
    reason: `board link (${scope.kind})`,
  };
}
