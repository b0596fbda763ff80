// The shape every prompts/faq/*.json file must have; load-entries.ts reports the first
// broken field by file and path so a maintainer can fix it in one edit.
import { z } from 'zod';
import { faqContacts } from '../prompts/faq-replies.ts';

const PLACEHOLDER = /\{([a-z_]+)\}/g;
const knownPlaceholders = new Set(Object.keys(faqContacts));

const text = z.string().trim().min(1, '不能为空');

export const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id 用小写拼音加连字符，如 xiaoe-xindai'),
    title: text.max(30, '标题不超过 30 字'),
    // A phone screen holds about 300 characters of Chinese comfortably.
    answer: text.max(300, '回答不超过 300 字（手机一屏）').refine(
      (a) => [...a.matchAll(PLACEHOLDER)].every((m) => knownPlaceholders.has(m[1])),
      { message: `回答里只能用这些占位符：${[...knownPlaceholders].map((k) => `{${k}}`).join('、')}` },
    ),
    source: text,
    questions: z.array(text).min(8, '至少写 8 种问法').max(15, '最多 15 种问法'),
    keywords: z.array(text).min(1, '至少 1 个关键词'),
    dynamic: z.literal('assigned-cadre').optional(),
  })
  .strict();

export type EntryFile = z.infer<typeof entrySchema>;
