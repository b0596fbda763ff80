// `npm run cli -- faq check`: is every policy answer sourced, checked, and not past its
// review date? Exit 1 when something must be fixed, so CI fails and a script notices.
// `npm run cli -- faq local`: the local figures a county may set, and what is set now.
import { shanghaiDay } from '../../core/shanghai-calendar.ts';
import { DEFAULT_FAQ_DIR, loadFaqEntries } from '../../faq/load-entries.ts';
import { loadLocalFacts } from '../../faq/load-local-facts.ts';
import { readEntryFiles } from '../../faq/read-entry-files.ts';
import { FAILING, reviewFaq, type FindingKind } from '../../faq/review-faq.ts';
import { faqCheckText } from '../../prompts/faq-check.ts';
import path from 'node:path';

export interface FaqCliArgs {
  sub?: string;
  /** The instant to check against; the real clock when absent. */
  now?: string;
  within?: string;
  dir?: string;
}

const ORDER: FindingKind[] = ['invalid', 'no-sources', 'no-checked-on', 'no-review-by', 'missing-fact', 'ended', 'overdue', 'due-soon'];

export function runFaq(args: FaqCliArgs, out: (line: string) => void): number {
  const dir = args.dir ?? DEFAULT_FAQ_DIR;
  if (args.sub === 'local') return listLocal(dir, out);
  if (args.sub !== 'check') {
    out(faqCheckText.usage);
    return 2;
  }
  const now = args.now ? new Date(args.now) : new Date();
  const soonDays = args.within === undefined ? 30 : Number(args.within);
  if (Number.isNaN(now.getTime()) || !Number.isInteger(soonDays) || soonDays < 0) {
    out(faqCheckText.usage);
    return 2;
  }
  const today = shanghaiDay(now);
  const files = readEntryFiles(dir);
  const local = loadLocalFacts(path.join(dir, 'local'));
  const findings = reviewFaq({ files, local, today, soonDays });
  out(faqCheckText.header(today, files.length, local.files.length));
  for (const kind of ORDER) {
    const of = findings.filter((f) => f.kind === kind);
    if (!of.length) continue;
    out(`${faqCheckText.sections[kind]}${kind === 'due-soon' ? faqCheckText.soonWindow(soonDays) : ''}（${of.length}）：`);
    for (const f of of) out(faqCheckText.line(f.kind, f.subject, f.title, f.detail));
  }
  const failing = findings.filter((f) => FAILING.has(f.kind)).length;
  out(failing ? faqCheckText.failed(failing) : faqCheckText.passed);
  return failing ? 1 : 0;
}

function listLocal(dir: string, out: (line: string) => void): number {
  const local = loadLocalFacts(path.join(dir, 'local'));
  const entries = loadFaqEntries(dir, local);
  const slots = new Map<string, { what: string; hedge: string; ids: string[] }>();
  for (const e of entries) {
    for (const [name, slot] of Object.entries(e.localFacts ?? {})) {
      const s = slots.get(name) ?? { what: slot.what, hedge: slot.hedge, ids: [] };
      s.ids.push(e.id);
      slots.set(name, s);
    }
  }
  out(faqCheckText.localHeader);
  for (const [name, s] of [...slots].sort(([a], [b]) => a.localeCompare(b))) {
    out(faqCheckText.localLine(name, s.what, s.ids, local.facts[name], s.hedge));
  }
  out(faqCheckText.localContacts(local.contacts));
  return 0;
}
