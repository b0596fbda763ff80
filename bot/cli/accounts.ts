import { reviewText as t } from '../../prompts/review.ts';
import type { Db } from '../../storage/client.ts';
import { identityEvents } from '../../storage/identity-events.ts';
import { rosterAccounts } from '../../storage/roster-accounts.ts';
import type { CliArgs } from './with-bot.ts';

/**
 * `npm run cli -- accounts [姓名]`: each roster member's linked accounts and the latest link
 * and unlink records (who did it, how, when), for the county IT person checking who is who.
 */
export async function runAccounts(db: Db, args: CliArgs, out: (line: string) => void): Promise<number> {
  const name = args.positionals[0];
  const members = await rosterAccounts(db, name);
  if (args.values.json) {
    out(JSON.stringify({ members, events: await identityEvents(db, {}, 50) }));
    return 0;
  }
  out(t.accountsHeader);
  if (!members.length) out(t.none);
  for (const m of members) out(t.member(m.name, m.place, m.role, m.accounts));
  const events = (await identityEvents(db, {}, 200)).filter((e) => !name || e.memberName === name).slice(0, 30);
  out(t.logHeader);
  if (!events.length) out(t.none);
  for (const e of events) out(t.event(e));
  return 0;
}
