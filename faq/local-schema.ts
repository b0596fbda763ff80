// A county's or township's own figures for the FAQ (prompts/faq/local/*.json): loan
// product and limit, subsidy amounts, hotline. It names facts the entries declare and
// never copies an entry, so national corrections still reach the county's answers.
import { z } from 'zod';
import { faqContacts } from '../prompts/faq-replies.ts';
import { FACT_NAME } from './entry-schema.ts';
import { day, sourceSchema } from './source-schema.ts';

const contactKeys = Object.keys(faqContacts) as [string, ...string[]];

export const localFileSchema = z
  .object({
    /** Whose figures these are: 某某县 / 某某镇. */
    area: z.string().trim().min(1, '写上县或乡镇的名字'),
    checkedOn: day,
    reviewBy: day,
    sources: z.array(sourceSchema).optional(),
    contacts: z
      .partialRecord(
        z.enum(contactKeys),
        z
          .string()
          .trim()
          .regex(/^[0-9][0-9 -]{4,19}$/, '只写电话号码，如 0851-1234567'),
      )
      .optional(),
    facts: z
      .record(
        z.string().regex(FACT_NAME, '事项名用小写英文加下划线，如 loan_limit'),
        z
          .string()
          .trim()
          .min(1, '不能为空')
          .max(80, '不超过 80 字')
          .refine((v) => !/[{}]/.test(v), { message: '不能含 { 或 }' }),
      )
      .optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (Object.keys(f.facts ?? {}).length && !f.sources?.length) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: '填了本地数字，就要写出处（哪个文件、哪天发的）' });
    }
    if (f.reviewBy <= f.checkedOn) ctx.addIssue({ code: 'custom', path: ['reviewBy'], message: '复核日期要晚于核对日期 checkedOn' });
  });

export type LocalFile = z.infer<typeof localFileSchema>;
