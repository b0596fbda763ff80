import { ROLES } from '../core/role.ts';
import { addressingText } from '../prompts/addressing.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { helpManual } from '../prompts/manual/help.ts';
import { defineCommand, type Parsed } from './define-command.ts';
import { helpFor } from './help-text.ts';

export interface HelpParsed extends Parsed<'help'> {
  /** What help is asked about (`销号`, `命令`), or null for the short list. */
  topic: string | null;
}

// `#帮助 #销号`, `#帮助【走访】`, `#帮助 销号？`: the marks around the command's name are not part of it.
const TOPIC_MARKS = /^[\s#＃【[「“"]+|[\s】\]」”"？?。.!！]+$/g;

/** `#帮助`: the command list; `#帮助 销号`: that command's page; in an unbound group also why commands get no answer there. */
export const help = defineCommand({
  kind: 'help',
  words: ['帮助', '说明'],
  roles: ROLES,
  label: commandLabels.help,
  help: null,
  manual: helpManual,
  takesNoText: true,
  openInUnboundGroup: true,
  parse(body): HelpParsed {
    const topic = body.replace(TOPIC_MARKS, '').split(/\s+/)[0] ?? '';
    return { kind: 'help', ok: true, errors: [], topic: topic || null };
  },
  async handle({ msg, group, parsed }) {
    const unbound = !msg.isPrivate && !group;
    const text = helpFor(parsed.topic);
    return { replies: [{ text: unbound ? `${text}\n${addressingText.unboundHelpNote}` : text }] };
  },
});
