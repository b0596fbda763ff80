// Reads and validates every prompts/faq/*.json file on its own, so the bot can stop at the
// first broken file while `cli faq check` lists them all.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BotError } from '../core/bot-error.ts';
import { describeIssue, issueField } from './describe-issue.ts';
import { entrySchema, type EntryFile } from './entry-schema.ts';

export interface EntryFileResult {
  file: string;
  /** The parsed JSON, valid or not: the review reports what is missing from it. */
  raw?: unknown;
  entry?: EntryFile;
  problem?: BotError;
}

export function readEntryFiles(dir: string): EntryFileResult[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch (err) {
    throw new BotError('FAQ_DIR', `读不到问答目录 ${dir}`, '确认 prompts/faq/ 存在且可读', err);
  }
  if (files.length === 0) throw new BotError('FAQ_EMPTY', `问答目录 ${dir} 里没有 .json 文件`, '每个问答条目放一个 <id>.json 文件');

  return files.map((file): EntryFileResult => {
    const where = path.join(dir, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(where, 'utf8'));
    } catch (err) {
      return {
        file,
        problem: new BotError('FAQ_JSON', `${file}：不是合法的 JSON（${(err as Error).message}）`, `检查 ${where} 的引号、逗号和括号`, err),
      };
    }
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        file,
        raw,
        problem: new BotError(
          'FAQ_ENTRY',
          `${file}：字段 ${issueField(issue)} 不对：${describeIssue(issue)}`,
          `按 prompts/faq/README.md 修改 ${where}`,
        ),
      };
    }
    const entry = parsed.data;
    // The file name is how maintainers find an entry, so it must agree with the id (and,
    // file names being unique, ids are too).
    if (`${entry.id}.json` !== file) {
      return {
        file,
        raw,
        problem: new BotError('FAQ_ENTRY', `${file}：字段 id 不对：id 是 ${entry.id}，文件名应为 ${entry.id}.json`, '把文件改名或改 id'),
      };
    }
    return { file, raw, entry };
  });
}
