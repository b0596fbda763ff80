import { ROLES } from '../core/role.ts';
import { ALL_COMMANDS_TOPIC, helpLines, manualText, roleWords } from '../prompts/help.ts';
import { commands, type Command } from './registry.ts';

let text: string | undefined;

/**
 * `#帮助`: the heading, then each command's own line in the registry's order, then where the
 * longer help is. Built on first use: the help command is itself in the registry.
 */
export function helpText(): string {
  text ??= [helpLines.heading, ...commands.flatMap((c) => (c.help ? [c.help] : [])), manualText.more].join('\n');
  return text;
}

/** What `#帮助 X` may name a command by: its words, and its label (`提问` for the FAQ, which has no word). */
export function helpTopics(command: Command): string[] {
  return [...command.words, command.label];
}

/** The command a `#帮助` topic names: an exact word first, else the longest word it starts with (`走访怎么写`). */
export function commandForTopic(topic: string): Command | undefined {
  // A word two commands share (`上报`) names the one it is the first word of.
  const exact = commands.find((c) => c.words[0] === topic) ?? commands.find((c) => helpTopics(c).includes(topic));
  if (exact) return exact;
  let best: { command: Command; length: number } | undefined;
  for (const c of commands)
    for (const w of helpTopics(c)) if (topic.startsWith(w) && w.length > (best?.length ?? 0)) best = { command: c, length: w.length };
  return best?.command;
}

/** `#帮助 命令`: each command's form, one line each. */
export function commandListText(): string {
  const lines = commands.flatMap((c) => (c.manual ? [manualText.listLine(c.label, c.manual.form)] : []));
  return [manualText.listHeading, ...lines, manualText.listFooter].join('\n');
}

/** `#帮助 销号`: the command's form, its examples and the mistakes people make with it. */
export function manualPage(command: Command): string | null {
  if (!command.manual) return null;
  const everyone = ROLES.every((r) => command.roles.includes(r));
  return manualText.page({
    word: command.words[0] ?? command.label,
    label: command.label,
    who: everyone ? manualText.everyone : command.roles.map((r) => roleWords[r]).join('、'),
    ...command.manual,
  });
}

/** What `#帮助 <topic>` answers: the list, a command's page, or that no command goes by that name. */
export function helpFor(topic: string | null): string {
  if (!topic) return helpText();
  if (topic === ALL_COMMANDS_TOPIC) return commandListText();
  const command = commandForTopic(topic);
  if (!command) return manualText.unknown(topic);
  return manualPage(command) ?? helpText();
}
