import { z } from 'zod';
import { createFaq } from '../../faq/create-faq.ts';
import { DEFAULT_FAQ_DIR, loadFaqEntries } from '../../faq/load-entries.ts';
import { loadLocalFacts } from '../../faq/load-local-facts.ts';
import { stdinLines } from './read-stdin.ts';

const BatchLine = z.object({ q: z.string() });

export async function runAsk(
  args: { json: boolean; batch: boolean; question?: string; contacts?: Record<string, string> },
  out: (line: string) => void,
): Promise<number> {
  // The county's figures and numbers from prompts/faq/local/, as the bot answers in a group.
  const local = loadLocalFacts();
  const faq = createFaq({ entries: loadFaqEntries(DEFAULT_FAQ_DIR, local), contacts: args.contacts ?? local.contacts });
  const answer = (q: string) => {
    const m = faq.match(q);
    return { answered: m.answered, faqId: m.faqId, score: Number(m.score.toFixed(4)), answer: m.answer };
  };
  if (args.batch) {
    for await (const line of stdinLines()) {
      if (!line.trim()) continue;
      let q = '';
      try {
        q = BatchLine.parse(JSON.parse(line)).q;
      } catch {
        q = '';
      }
      out(JSON.stringify(answer(q)));
    }
    return 0;
  }
  if (!args.question) {
    out('用法：npm run cli -- ask --json "低保怎么申请"');
    return 2;
  }
  const r = answer(args.question);
  out(args.json ? JSON.stringify(r) : `${r.answer}\n(${r.faqId ?? '未匹配'} ${r.score})`);
  return 0;
}
