// Where a policy answer comes from, and the calendar days it carries: shared by the
// curated entries and the county's local files so both can be reviewed the same way.
import { z } from 'zod';

const isRealDay = (s: string) => {
  const t = Date.parse(`${s}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === s;
};

/** A calendar day, written 2026-12-02. */
export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期写成 2026-12-02')
  .refine(isRealDay, { message: '没有这一天' });

export const sourceSchema = z
  .object({
    /** The document's own name (or the report's headline). */
    title: z.string().trim().min(1, '不能为空'),
    /** Who issued it: 中共中央、国务院 / 民政部 / 某县人民政府… */
    issuer: z.string().trim().min(1, '不能为空'),
    /** When it was issued or reported, as precisely as known: 2026-02-03, 2026-03 or 2014. */
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, '日期写成 2026-02-03、2026-03 或 2014')
      .optional(),
    /** Where the text was read, when it is online. */
    url: z.string().url('链接要以 http:// 或 https:// 开头').optional(),
    /** Why it is cited, what it says, or why no date or link is given. */
    note: z.string().trim().min(1).optional(),
  })
  .strict()
  // A source nobody can date must say why, so "no date" is a decision, not an omission.
  .refine((s) => s.date || s.note, { message: '没有日期时，在 note 里说明原因（如：本地工作方案，未公开）' });

export type Source = z.infer<typeof sourceSchema>;
