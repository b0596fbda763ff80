import type { HandlerContext, HandlerResult } from './handler.ts';
import type { Command, ParseResult } from './registry.ts';

/**
 * Runs a command on a parse of its own kind. The registry's commands are a union, each typed on
 * its own parse; the router pairs a parse with the command of its `kind`, so the pairing holds.
 */
export function runCommand(command: Command, ctx: HandlerContext<ParseResult>): Promise<HandlerResult> {
  return (command.handle as (c: HandlerContext<ParseResult>) => Promise<HandlerResult>)(ctx);
}
