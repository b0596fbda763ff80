import { ROLES } from '../core/role.ts';
import { addressingText } from '../prompts/addressing.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { defineCommand, type Parsed } from './define-command.ts';
import { helpText } from './help-text.ts';

/** The command list; in a group nobody has bound yet it also says why the commands get no answer there. */
export const help = defineCommand({
  kind: 'help',
  words: ['帮助', '说明'],
  roles: ROLES,
  label: commandLabels.help,
  help: null,
  takesNoText: true,
  openInUnboundGroup: true,
  parse: (): Parsed<'help'> => ({ kind: 'help', ok: true, errors: [] }),
  async handle({ msg, group }) {
    const unbound = !msg.isPrivate && !group;
    return { replies: [{ text: unbound ? `${helpText()}\n${addressingText.unboundHelpNote}` : helpText() }] };
  },
});
