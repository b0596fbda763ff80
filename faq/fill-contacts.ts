// Fills {team_phone} / {township_hotline} from configuration. An unset or blank number
// becomes the office's name alone: a villager is never shown an invented number.
import { faqContacts, type FaqContactKey } from '../prompts/faq-replies.ts';

export type FaqContacts = Partial<Record<string, string | undefined>>;

/** Accepts team_phone, TEAM_PHONE or teamPhone, as config objects spell keys differently. */
function lookup(contacts: FaqContacts, key: FaqContactKey): string | undefined {
  for (const [k, v] of Object.entries(contacts)) {
    const snake = k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
    if (snake === key && typeof v === 'string' && v.trim()) return v.trim();
  }
  return undefined;
}

export function fillContacts(answer: string, contacts: FaqContacts = {}): string {
  return answer.replace(/\{([a-z_]+)\}/g, (whole, key: string) => {
    if (!(key in faqContacts)) return whole;
    const k = key as FaqContactKey;
    const value = lookup(contacts, k);
    return value ? faqContacts[k].filled(value) : faqContacts[k].generic;
  });
}
