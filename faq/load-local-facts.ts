// Reads the county's local FAQ files. Later files (by name) override earlier ones, so a
// township file named after the county's (10-县.json, 20-乡镇.json) refines it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BotError } from '../core/bot-error.ts';
import { describeIssue, issueField } from './describe-issue.ts';
import { localFileSchema, type LocalFile } from './local-schema.ts';

export const DEFAULT_LOCAL_DIR = fileURLToPath(new URL('../prompts/faq/local/', import.meta.url));

export interface LocalFacts {
  files: Array<LocalFile & { file: string }>;
  /** Fact name → the value the answer shows, and the file that set it. */
  facts: Record<string, { value: string; file: string }>;
  /** team_phone / township_hotline from the files (configuration still wins over them). */
  contacts: Record<string, string>;
}

export const NO_LOCAL_FACTS: LocalFacts = Object.freeze({ files: [], facts: {}, contacts: {} });

export function loadLocalFacts(dir: string = DEFAULT_LOCAL_DIR): LocalFacts {
  if (!existsSync(dir)) return NO_LOCAL_FACTS;
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const result: LocalFacts = { files: [], facts: {}, contacts: {} };
  for (const file of names) {
    const where = path.join(dir, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(where, 'utf8'));
    } catch (err) {
      throw new BotError(
        'FAQ_LOCAL',
        `本地问答文件 ${file}：不是合法的 JSON（${(err as Error).message}）`,
        `检查 ${where} 的引号、逗号和括号`,
        err,
      );
    }
    const parsed = localFileSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new BotError(
        'FAQ_LOCAL',
        `本地问答文件 ${file}：字段 ${issueField(issue)} 不对：${describeIssue(issue)}`,
        `按 docs/faq-local.md 修改 ${where}`,
      );
    }
    const local = parsed.data;
    result.files.push({ ...local, file });
    for (const [name, value] of Object.entries(local.facts ?? {})) result.facts[name] = { value, file };
    Object.assign(result.contacts, local.contacts ?? {});
  }
  return result;
}
