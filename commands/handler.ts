import type { Logger } from '../core/logger.ts';
import type { IncomingMessage } from '../core/message.ts';
import type { Reply } from '../core/reply.ts';
import type { Tx } from '../storage/client.ts';
import type { CommandSettings } from './command-settings.ts';
import type { GroupBinding } from '../storage/groups.ts';
import type { Sender } from '../storage/members.ts';
import type { FaqMatch } from '../faq/types.ts';
import type { ParseResult } from './parse/types.ts';

export interface FaqService {
  match(question: string): FaqMatch;
  title(id: string): string | undefined;
}

/** Everything a command handler may use. It writes through `tx` and returns replies; it never sends. */
export interface HandlerContext {
  tx: Tx;
  msg: IncomingMessage;
  inboxId: number;
  parsed: ParseResult;
  sender: Sender;
  group: GroupBinding | null;
  now: Date;
  settings: CommandSettings;
  logger: Logger;
  faq: FaqService;
}

export interface HandlerResult {
  replies: Reply[];
  /** What the inbox row records: handled, or rejected with the reason (bad input, no permission). */
  status?: 'handled' | 'rejected' | 'ignored';
  reason?: string;
}

export type Handler = (ctx: HandlerContext) => Promise<HandlerResult>;
