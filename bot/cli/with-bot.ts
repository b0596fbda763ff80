// Verbs that need the database and the bot: chat, import, export, remind, migrate.
import { openDb } from '../../storage/db.ts';
import { loadConfig } from '../config.ts';
import { setUpConsoleChannel, withConsoleAdmin } from '../console-setup.ts';
import { createLogger } from '../logger.ts';
import { temporaryDatabase } from './temporary-database.ts';
import { USAGE_TEXT } from './usage.ts';

export interface CliArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export async function runWithBot(verb: string | undefined, args: CliArgs, out: (line: string) => void): Promise<number> {
  const known = ['chat', 'import', 'export', 'remind', 'migrate', 'accounts', 'drafts', 'review-setting'];
  if (!verb || !known.includes(verb)) {
    out(verb ? `不认识的命令：${verb}\n\n${USAGE_TEXT}` : USAGE_TEXT);
    return verb ? 2 : 0;
  }
  const loaded = loadConfig();
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  // A batch run is a trial: unless DATABASE_URL is set in the environment it gets a fresh
  // database of its own, and a .env's database (perhaps the live one) is left alone.
  const scratch = verb === 'chat' && args.values.batch && !process.env.DATABASE_URL ? temporaryDatabase() : null;
  // Each line of a batch is its own trial of "does the bot answer this", and corpora put many
  // lines at one instant from one speaker: the per-person question guard is at its widest unless
  // FAQ_PER_PERSON_PER_MINUTE is set.
  const widest = verb === 'chat' && args.values.batch && !process.env.FAQ_PER_PERSON_PER_MINUTE;
  const config = { ...loaded, ...(scratch ? { DATABASE_URL: scratch.url } : {}), ...(widest ? { FAQ_PER_PERSON_PER_MINUTE: 60 } : {}) };
  const db = await openDb(config.DATABASE_URL);
  try {
    if (verb === 'migrate') {
      out(`数据库已就绪（${db.provider}）`);
      return 0;
    }
    if (verb === 'chat') {
      await setUpConsoleChannel(db);
      const chatConfig = withConsoleAdmin(config);
      if (args.values.batch) {
        const { runChatBatch } = await import('./chat-batch.ts');
        return await runChatBatch(
          { config: chatConfig, logger, db },
          out,
          typeof args.values.now === 'string' ? args.values.now : undefined,
        );
      }
      const { runChat } = await import('./chat.ts');
      return await runChat({ config: chatConfig, logger, db }, args, out);
    }
    // import and export need only the database: the bot and its FAQ index (tens of MB) are
    // loaded for the verbs that use them, so a county-size roster import stays small.
    switch (verb) {
      case 'import': {
        const { runImport } = await import('./import.ts');
        return await runImport(db, args, out);
      }
      case 'export': {
        const { runExport } = await import('./export.ts');
        return await runExport(db, args, out);
      }
      case 'accounts': {
        const { runAccounts } = await import('./accounts.ts');
        return await runAccounts(db, args, out);
      }
      case 'review-setting': {
        const { runReviewSetting } = await import('./review-setting.ts');
        return await runReviewSetting(db, args, out);
      }
      case 'drafts': {
        const { runDrafts } = await import('./drafts.ts');
        return await runDrafts(db, args, out);
      }
      case 'remind': {
        const { runRemind } = await import('./remind.ts');
        // The outbox sends what a run queued through the platforms this process has (none: the
        // running bot sends them).
        const { createOutboxWorker } = await import('../outbox-worker.ts');
        const outbox = createOutboxWorker({ db, logger, publicNumbers: [config.TOWNSHIP_HOTLINE, config.TEAM_PHONE] });
        return await runRemind({ config, logger, db, kick: () => outbox.kick() }, args, out);
      }
    }
    return 2;
  } finally {
    await db.close();
    scratch?.remove();
  }
}
