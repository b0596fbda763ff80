// One command, one module: its words, who may run it, what it is called when refused, its help
// line, how its text is read and what it does. The registry (commands/registry.ts) lists the
// modules; the parser, the router, the refusals, the help text and the near-miss hints all read
// them from there, so adding a command is a new module, its prompts and its tests.
import type { ParseError } from '../core/checkin.ts';
import type { Role } from '../core/role.ts';
import type { CivilDate } from '../core/shanghai-calendar.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';

/** What every parse says: which command, whether it is usable, and why not. */
export interface Parsed<K extends string> {
  kind: K;
  ok: boolean;
  errors: ParseError[];
}

export interface CommandSpec<K extends string, P extends Parsed<K>> {
  kind: K;
  /** The words that start it after `#` or inside `【】` (`走访`, `入户`, `民情日记`). */
  words: readonly string[];
  /** Who may run it at all; scope (their own village) is the handler's to check. */
  roles: readonly Role[];
  /** What a refusal calls it (`走访打卡`): a phrase from prompts/command-labels.ts. */
  label: string;
  /** Its line in `#帮助` (from prompts/help.ts), or null when another line covers it. */
  help: string | null;
  /**
   * What `#帮助 <命令>` says about it: the form, two examples and the mistakes people make.
   * The words live in prompts/manual/<kind>.ts.
   */
  manual?: CommandManual;
  /** Reads the text after the command word; pure, never throws. `today` is the message's Shanghai day. */
  parse(body: string, today: CivilDate): P;
  /**
   * Whether Chinese written straight after the word, with no space, is this command's own
   * text (`#走访王德福`, `#销号十二号`) rather than a longer word (`#走访慰问`). Default: never.
   */
  takesGlued?(body: string): boolean;
  /**
   * For a word an earlier command also has (`#上报` is also `#问题`'s): whether the text after it
   * is this command's (`#上报 12 原因` names an item; `#上报 4组路灯坏了` is a new problem).
   */
  sharesWordWhen?(body: string): boolean;
  /** It takes at most a village: followed by a long text, its word is the title of someone's post. */
  takesNoText?: boolean;
  /** It is answered in a group nobody has bound (`#帮助`, `#绑定`). */
  openInUnboundGroup?: boolean;
  /** Its words that are too everyday to offer as the correction of a near miss (`打卡`). */
  neverSuggested?: readonly string[];
  /** The refusal for a role that may not run it, when the general one does not fit. */
  refused?(name: string): string;
  /** Does the command: writes through `ctx.tx`, returns the replies. Never sends. */
  handle(ctx: HandlerContext<P>): Promise<HandlerResult>;
}

/** One command's page of help, for `#帮助 <命令>` and the cadres' guide. */
export interface CommandManual {
  /** How it is written, with placeholders (`#销号 编号 整改情况`). */
  form: string;
  /** At least two complete messages a cadre could send as they are. */
  examples: readonly string[];
  /** Common mistakes, each with what to write instead. */
  mistakes: readonly { wrong: string; fix: string }[];
}

export function defineCommand<K extends string, P extends Parsed<K>>(spec: CommandSpec<K, P>): CommandSpec<K, P> {
  return spec;
}
