// The shape every prompts/faq/*.json file must have; load-entries.ts reports the first
// broken field by file and path so a maintainer can fix it in one edit.
import { z } from 'zod';
import { faqContacts } from '../prompts/faq-replies.ts';
import { day, sourceSchema } from './source-schema.ts';

const PLACEHOLDER = /\{([a-z_]+)\}/g;
const contactNames = new Set(Object.keys(faqContacts));

const text = z.string().trim().min(1, '不能为空');

/** A figure a county or township may set in prompts/faq/local/ (see docs/faq-local.md). */
const localFactSchema = z
  .object({
    /** What the admin writes here, in their words: shown by `cli faq local`. */
    what: text.max(40, '说明不超过 40 字'),
    /** The sentence with the county's value: `{value}` stands for it. */
    filled: text.refine((s) => s.includes('{value}'), { message: '要用 {value} 表示本地填的内容' }),
    /** What the answer says when no value is set: the hedge (以当地公布为准…), or "" for nothing. */
    hedge: z.string().trim(),
  })
  .strict();

export const FACT_NAME = /^[a-z]+(_[a-z]+)*$/;

export const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id 用小写拼音加连字符，如 xiaoe-xindai'),
    title: text.max(30, '标题不超过 30 字'),
    // A phone screen holds about 300 characters of Chinese comfortably.
    answer: text.max(300, '回答不超过 300 字（手机一屏）'),
    /** Facts the answer must keep (the topic list's "must cover"); test/faq/entries.test.ts holds them. */
    mustSay: z.array(text).min(1, '至少写 1 个必须说到的要点'),
    localFacts: z.record(z.string().regex(FACT_NAME, '本地事项名用小写英文加下划线，如 loan_limit'), localFactSchema).optional(),
    sources: z.array(sourceSchema).min(1, '至少写 1 条出处'),
    /** The day someone last read the answer against its sources. */
    checkedOn: day,
    /** The day by which it must be read again; `cli faq check` lists it after. */
    reviewBy: day,
    questions: z.array(text).min(8, '至少写 8 种问法').max(40, '最多 40 种问法'),
    keywords: z.array(text).min(1, '至少 1 个关键词'),
    /**
     * Circumstances the entry applies to (车祸, 冰雹, 高血压) rather than names of what it
     * answers: they count for the entry only in a question that also names it.
     */
    situations: z.array(text).optional(),
    dynamic: z.literal('assigned-cadre').optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    const facts = Object.keys(e.localFacts ?? {});
    for (const name of facts) {
      if (contactNames.has(name))
        ctx.addIssue({ code: 'custom', path: ['localFacts', name], message: `${name} 是联系电话的占位符，本地事项换个名字` });
    }
    const used = new Set([...e.answer.matchAll(PLACEHOLDER)].map((m) => m[1]));
    const allowed = [...contactNames, ...facts];
    for (const name of used) {
      if (!allowed.includes(name)) {
        ctx.addIssue({ code: 'custom', path: ['answer'], message: `回答里只能用这些占位符：${allowed.map((k) => `{${k}}`).join('、')}` });
      }
    }
    for (const name of facts) {
      if (!used.has(name)) ctx.addIssue({ code: 'custom', path: ['localFacts', name], message: `回答里没有用到 {${name}}` });
    }
    if (e.reviewBy <= e.checkedOn) ctx.addIssue({ code: 'custom', path: ['reviewBy'], message: '复核日期要晚于核对日期 checkedOn' });
  });

export type EntryFile = z.infer<typeof entrySchema>;
export type LocalFactSlot = z.infer<typeof localFactSchema>;
