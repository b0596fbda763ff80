import { addressingText } from '../prompts/addressing.ts';
import { helpText } from '../prompts/help.ts';
import type { Handler } from './handler.ts';

/** The command list; in a group nobody has bound yet it also says why the commands get no answer there. */
export const help: Handler = async ({ msg, group }) => {
  const unbound = !msg.isPrivate && !group;
  return { replies: [{ text: unbound ? `${helpText}\n${addressingText.unboundHelpNote}` : helpText }] };
};
