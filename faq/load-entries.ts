// Reads the curated FAQ: one JSON file per entry in prompts/faq/, each validated, so a
// broken file stops the bot at start-up with its name and field rather than mid-chat.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { BotError } from '../bot/errors.ts';
import { entrySchema } from './entry-schema.ts';
import type { FaqEntry } from './types.ts';

const TYPE_NAMES: Record<string, string> = { string: '文字', array: '列表（[...]）', object: '对象（{...}）' };

/** Our own messages are Chinese already; zod's built-in ones are turned into Chinese here. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return '多余或拼错的字段名';
  if (issue.code === 'invalid_type') {
    const missing = /received undefined/.test(issue.message);
    return missing ? '缺少这个字段' : `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'invalid_value') return `只能是 ${issue.values.map(String).join('、')}`;
  return issue.message;
}

export const DEFAULT_FAQ_DIR = fileURLToPath(new URL('../prompts/faq/', import.meta.url));

export function loadFaqEntries(dir: string = DEFAULT_FAQ_DIR): FaqEntry[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (err) {
    throw new BotError('FAQ_DIR', `读不到问答目录 ${dir}`, '确认 prompts/faq/ 存在且可读', err);
  }
  if (files.length === 0) throw new BotError('FAQ_EMPTY', `问答目录 ${dir} 里没有 .json 文件`, '每个问答条目放一个 <id>.json 文件');

  const seen = new Map<string, string>();
  return files.map((file) => {
    const where = path.join(dir, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(where, 'utf8'));
    } catch (err) {
      throw new BotError('FAQ_JSON', `${file}：不是合法的 JSON（${(err as Error).message}）`, `检查 ${where} 的引号、逗号和括号`, err);
    }
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      // A misspelt field name (qustions) is reported by its own name, not as "the file".
      const extra = issue.code === 'unrecognized_keys' ? issue.keys.join('、') : '';
      const field = extra || (issue.path.length ? issue.path.join('.') : '(整个文件)');
      throw new BotError('FAQ_ENTRY', `${file}：字段 ${field} 不对：${describeIssue(issue)}`, `按 prompts/faq/README.md 修改 ${where}`);
    }
    const entry = parsed.data;
    // The file name is how maintainers find an entry, so it must agree with the id.
    if (`${entry.id}.json` !== file) {
      throw new BotError('FAQ_ENTRY', `${file}：字段 id 不对：id 是 ${entry.id}，文件名应为 ${entry.id}.json`, `把文件改名或改 id`);
    }
    const other = seen.get(entry.id);
    if (other) throw new BotError('FAQ_ENTRY', `${file}：字段 id 与 ${other} 重复`, '每个条目的 id 唯一');
    seen.set(entry.id, file);
    return entry satisfies FaqEntry;
  });
}
