import { reviewText as t } from '../../prompts/review.ts';
import type { Db } from '../../storage/client.ts';
import { draftsForReview } from '../../storage/faq-drafts.ts';
import type { CliArgs } from './with-bot.ts';

/** `npm run cli -- drafts [--json]`: cadres' answers waiting for a maintainer, one per question. */
export async function runDrafts(db: Db, args: CliArgs, out: (line: string) => void): Promise<number> {
  const drafts = await draftsForReview(db);
  if (args.values.json) {
    for (const d of drafts)
      out(
        JSON.stringify({
          id: d.id,
          question: d.question,
          answer: d.answer,
          answeredBy: d.answeredBy,
          answers: d.answers,
          timesAsked: d.timesAsked,
          chats: d.chats,
        }),
      );
    return 0;
  }
  if (!drafts.length) {
    out(t.draftsNone);
    return 0;
  }
  out(t.draftsHeader(drafts.length));
  for (const d of drafts) out(t.draft(d));
  out(t.draftsHint);
  return 0;
}
