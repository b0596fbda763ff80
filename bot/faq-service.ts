import type { FaqService } from '../commands/handler.ts';
import { shanghaiDay } from '../core/shanghai-calendar.ts';
import { createFaq, type Faq } from '../faq/create-faq.ts';
import { DEFAULT_FAQ_DIR, loadFaqEntries } from '../faq/load-entries.ts';
import { loadLocalFacts, type LocalFacts } from '../faq/load-local-facts.ts';
import { faqCheckText } from '../prompts/faq-check.ts';
import type { Config } from './config.ts';
import type { Logger } from '../core/logger.ts';
import path from 'node:path';

export interface FaqServiceOptions {
  /** Told at start about answers past their review date (the bot keeps answering them). */
  logger?: Pick<Logger, 'warn'>;
  /** The start instant, for the review-date warning. */
  now?: Date;
  /** The FAQ folder (prompts/faq/ by default) and its local figures (its local/ folder by default). */
  dir?: string;
  local?: LocalFacts;
}

/**
 * The curated FAQ with this deployment's figures and contacts filled in. The entries are read
 * (and their review dates checked) at start; the index — jieba's dictionary and the entries'
 * terms, about a second and over 100 MB — is built on the first question, so a bot whose
 * groups ask nothing neither waits for it at start nor keeps it in memory.
 */
export function createFaqService(config: Pick<Config, 'TOWNSHIP_HOTLINE' | 'TEAM_PHONE'>, opts: FaqServiceOptions = {}): FaqService {
  const dir = opts.dir ?? DEFAULT_FAQ_DIR;
  const local = opts.local ?? loadLocalFacts(path.join(dir, 'local'));
  const entries = loadFaqEntries(dir, local);
  // The county's files may carry the numbers; configuration (the installer's) wins.
  const contacts: Record<string, string> = { ...local.contacts };
  if (config.TOWNSHIP_HOTLINE) contacts.township_hotline = config.TOWNSHIP_HOTLINE;
  if (config.TEAM_PHONE) contacts.team_phone = config.TEAM_PHONE;
  let faq: Faq | undefined;
  if (opts.logger) {
    // A stale answer is still the best text the bot has, so this warns and carries on.
    const today = shanghaiDay(opts.now ?? new Date());
    const overdue = [
      ...entries.filter((e) => e.reviewBy < today).map((e) => ({ faqId: e.id, reviewBy: e.reviewBy })),
      ...local.files.filter((f) => f.reviewBy < today).map((f) => ({ localFile: f.file, reviewBy: f.reviewBy })),
    ];
    if (overdue.length) opts.logger.warn({ overdue, fix: 'npm run cli -- faq check' }, faqCheckText.startupWarning);
  }
  return {
    match: (q) => {
      faq ??= createFaq({ entries, contacts });
      return faq.match(q);
    },
  };
}
