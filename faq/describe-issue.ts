// zod's own messages are English; a maintainer editing a JSON file reads Chinese. Our
// schemas' custom messages are Chinese already and pass through.
import type { z } from 'zod';

const TYPE_NAMES: Record<string, string> = { string: '文字', array: '列表（[...]）', object: '对象（{...}）' };

export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return '多余或拼错的字段名';
  if (issue.code === 'invalid_type') {
    const missing = /received undefined/.test(issue.message);
    return missing ? '缺少这个字段' : `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'invalid_value') return `只能是 ${issue.values.map(String).join('、')}`;
  return issue.message;
}

/** The field to name: a misspelt field by its own name (qustions), not as "the file". */
export function issueField(issue: z.core.$ZodIssue): string {
  const extra = issue.code === 'unrecognized_keys' ? issue.keys.join('、') : '';
  const at = issue.path.length ? issue.path.join('.') : '';
  if (extra) return at ? `${at}.${extra}` : extra;
  return at || '(整个文件)';
}
