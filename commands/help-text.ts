import { helpLines } from '../prompts/help.ts';
import { commands } from './registry.ts';

let text: string | undefined;

/**
 * `#帮助`: the heading, then each command's own line in the registry's order. Built on first use:
 * the help command is itself in the registry.
 */
export function helpText(): string {
  text ??= [helpLines.heading, ...commands.flatMap((c) => (c.help ? [c.help] : []))].join('\n');
  return text;
}
