// The scriptable face of the bot: `npm run cli -- <verb>`.
// Each verb loads only what it needs, so `parse` and `ask` start without a database.
import { parseArgs } from 'node:util';

const out = (line: string) => process.stdout.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: false,
    options: {
      json: { type: 'boolean' },
      batch: { type: 'boolean' },
      now: { type: 'string' },
      as: { type: 'string' },
      group: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean' },
      role: { type: 'string' },
      within: { type: 'string' },
      'at-bot': { type: 'boolean' },
    },
  });
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  switch (verb) {
    case 'parse': {
      const { runParse } = await import('./cli/parse.ts');
      return runParse({ json: !!values.json, batch: !!values.batch, now: str(values.now) }, out);
    }
    case 'ask': {
      const { runAsk } = await import('./cli/ask.ts');
      return runAsk({ json: !!values.json, batch: !!values.batch, question: positionals.join(' ') || undefined }, out);
    }
    case 'faq': {
      const { runFaq } = await import('./cli/faq.ts');
      return runFaq({ sub: positionals[0], now: str(values.now), within: str(values.within) }, out);
    }
    case 'backup':
    case 'restore': {
      const { loadConfig } = await import('./config.ts');
      const { runBackupCli, runRestoreCli } = await import('./cli/backup.ts');
      const run = verb === 'backup' ? runBackupCli : runRestoreCli;
      return run({ config: loadConfig() }, { values, positionals }, out);
    }
    default: {
      const { runWithBot } = await import('./cli/with-bot.ts');
      return runWithBot(verb, { values, positionals }, out);
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error & { hint?: string }) => {
    process.stderr.write(`出错：${err.message}${err.hint ? `\n处理：${err.hint}` : ''}\n`);
    process.exitCode = 1;
  },
);
