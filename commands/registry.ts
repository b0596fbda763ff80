import { answer } from './answer.ts';
import { bind } from './bind.ts';
import { claim } from './claim.ts';
import { claimCode } from './claim-code.ts';
import { close } from './close.ts';
import { faq } from './faq.ts';
import type { Handler } from './handler.ts';
import { help } from './help.ts';
import { issue } from './issue.ts';
import { ledger } from './ledger.ts';
import type { Kind } from './parse/types.ts';
import { pending } from './pending.ts';
import { progress } from './progress.ts';
import { stats } from './stats.ts';
import { unlink } from './unlink.ts';
import { visit } from './visit.ts';

/** One handler per command kind; the router picks by the parser's `kind`. */
export const handlers: Partial<Record<Kind, Handler>> = {
  help,
  bind,
  faq,
  pending,
  answer,
  visit,
  issue,
  progress,
  close,
  ledger,
  stats,
  claim,
  claimCode,
  unlink,
};
