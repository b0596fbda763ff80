import { closeOutText } from '../prompts/close-out.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { refuseExtensionManual } from '../prompts/manual/refuse-extension.ts';
import { defineCommand } from './define-command.ts';
import { decideExtension } from './ledger/decide-extension.ts';
import { startsWithTarget } from './parse/glued-text.ts';
import { readTarget } from './parse/read-target.ts';

/** `#不同意延期 12 理由`: a leader refuses the pending 延期; the 时限 stays as it was. */
export const refuseExtension = defineCommand({
  kind: 'refuseExtension',
  words: ['不同意延期', '不批准延期'],
  roles: ['leader', 'admin'],
  label: commandLabels.refuseExtension,
  // `#帮助` shows both decisions on the approval's line.
  help: null,
  manual: refuseExtensionManual,
  refused: (name) => closeOutText.leadersOnly(name, commandLabels.refuseExtension),
  takesGlued: startsWithTarget,
  parse: (body) => readTarget('refuseExtension', body),
  handle: (ctx) => decideExtension(ctx, false),
});
