import type { FaqService } from '../commands/handler.ts';
import { createFaq } from '../faq/create-faq.ts';
import { loadFaqEntries } from '../faq/load-entries.ts';
import type { Config } from './config.ts';

/** The curated FAQ with this deployment's contacts filled in; built once at start. */
export function createFaqService(config: Pick<Config, 'TOWNSHIP_HOTLINE' | 'TEAM_PHONE'>): FaqService {
  const entries = loadFaqEntries();
  const contacts: Record<string, string> = {};
  if (config.TOWNSHIP_HOTLINE) contacts.township_hotline = config.TOWNSHIP_HOTLINE;
  if (config.TEAM_PHONE) contacts.team_phone = config.TEAM_PHONE;
  const faq = createFaq({ entries, contacts });
  const titles = new Map(entries.map((e) => [e.id, e.title]));
  return { match: (q) => faq.match(q), title: (id) => titles.get(id) };
}
