// Verbs that need the database and the bot: chat, import, export, remind, migrate.
import { openDb } from '../../storage/db.ts';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { USAGE_TEXT } from './usage.ts';

export interface CliArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export async function runWithBot(verb: string | undefined, args: CliArgs, out: (line: string) => void): Promise<number> {
  const known = ['chat', 'import', 'export', 'remind', 'migrate'];
  if (!verb || !known.includes(verb)) {
    out(verb ? `不认识的命令：${verb}\n\n${USAGE_TEXT}` : USAGE_TEXT);
    return verb ? 2 : 0;
  }
  const config = loadConfig();
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  const db = await openDb(config.DATABASE_URL);
  try {
    if (verb === 'migrate') {
      out(`数据库已就绪（${db.provider}）`);
      return 0;
    }
    // import and export need only the database: the bot and its FAQ index (tens of MB) are
    // loaded for the verbs that use them, so a county-size roster import stays small.
    const makeBot = async () => {
      const [{ createBot }, { createFaqService }] = await Promise.all([import('../bot.ts'), import('../faq-service.ts')]);
      return createBot({ config, logger, db, faq: createFaqService(config) });
    };
    switch (verb) {
      case 'chat': {
        const { runChat } = await import('./chat.ts');
        return await runChat(await makeBot(), args, out);
      }
      case 'import': {
        const { runImport } = await import('./import.ts');
        return await runImport(db, args, out);
      }
      case 'export': {
        const { runExport } = await import('./export.ts');
        return await runExport(db, args, out);
      }
      case 'remind': {
        const { runRemind } = await import('./remind.ts');
        return await runRemind({ config, logger, db, bot: await makeBot() }, args, out);
      }
    }
    return 2;
  } finally {
    await db.close();
  }
}
