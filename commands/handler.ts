import type { IncomingMessage } from '../core/message.ts';
import type { Logger } from '../core/logger.ts';
import type { Reply } from '../core/reply.ts';
import type { FaqMatch } from '../faq/types.ts';
import type { Tx } from '../storage/client.ts';
import type { GroupBinding } from '../storage/groups.ts';
import type { Sender } from '../storage/members.ts';
import type { CommandSettings } from './command-settings.ts';

export interface FaqService {
  match(question: string): FaqMatch;
}

/**
 * Everything a command handler may use, with `parsed` the command's own parse. It writes
 * through `tx` (storage functions only) and returns replies; it never sends.
 */
export interface HandlerContext<P = unknown> {
  tx: Tx;
  msg: IncomingMessage;
  inboxId: number;
  parsed: P;
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
  /**
   * Ledger items (issue ids) the message was about beyond those it opened (a 销号's item):
   * pictures sent with it or right after it are kept on them as evidence.
   */
  evidenceFor?: number[];
}
