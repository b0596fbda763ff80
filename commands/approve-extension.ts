import { closeOutText } from '../prompts/close-out.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { helpLines } from '../prompts/help.ts';
import { approveExtensionManual } from '../prompts/manual/approve-extension.ts';
import { defineCommand } from './define-command.ts';
import { decideExtension } from './ledger/decide-extension.ts';
import { startsWithTarget } from './parse/glued-text.ts';
import { readTarget } from './parse/read-target.ts';

/** `#同意延期 12`: a leader approves the pending 延期; the item's 时限 moves, the first one is kept. */
export const approveExtension = defineCommand({
  kind: 'approveExtension',
  words: ['同意延期', '批准延期'],
  roles: ['leader', 'admin'],
  label: commandLabels.approveExtension,
  help: helpLines.extensionDecision,
  manual: approveExtensionManual,
  refused: (name) => closeOutText.leadersOnly(name, commandLabels.approveExtension),
  takesGlued: startsWithTarget,
  parse: (body) => readTarget('approveExtension', body),
  handle: (ctx) => decideExtension(ctx, true),
});
