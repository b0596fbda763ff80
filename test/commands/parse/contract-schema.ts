// The `cli parse` contract (docs/checkin-language.md) as a zod schema, for shape checks.
import { z } from 'zod';
import { CHECK_KEYS, HOUSEHOLD_CATEGORIES, ISSUE_CATEGORIES, VISIT_METHODS } from '../../../core/checkin.ts';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ContractSchema = z.object({
  kind: z.enum([
    'visit',
    'issue',
    'progress',
    'close',
    'ledger',
    'stats',
    'help',
    'faq',
    'none',
    'bind',
    'pending',
    'answer',
    'claim',
    'claimCode',
    'unlink',
    'revisits',
    'complaint',
    'complaintAnswer',
    'complaintRecipient',
    'review',
    'extend',
    'approveExtension',
    'refuseExtension',
    'followUp',
    'escalate',
    'takeOver',
    'campaign',
    'yardMeeting',
    'talkMeeting',
  ]),
  ok: z.boolean(),
  errors: z.array(z.object({ field: z.string().min(1), message: z.string().min(1) })),
  visit: z
    .object({
      household: z.string().min(1).nullable(),
      village: z.string().min(1).nullable(),
      group: z
        .string()
        .regex(/^\d+组$/)
        .nullable(),
      category: z.enum(HOUSEHOLD_CATEGORIES).nullable(),
      method: z.enum(VISIT_METHODS),
      visitedOn: isoDay,
      checks: z.partialRecord(z.enum(CHECK_KEYS), z.boolean()),
      notes: z.string().nullable(),
      satisfaction: z.enum(['满意', '基本满意', '不满意']).nullable(),
      satisfactionReason: z.string().min(1).nullable(),
      wish: z.string().min(1).nullable(),
    })
    .nullable(),
  issues: z.array(
    z.object({
      category: z.enum(ISSUE_CATEGORIES),
      description: z.string().min(1),
      assignee: z.string().min(1).nullable(),
      dueOn: isoDay.nullable(),
    }),
  ),
  target: z.object({ issueNo: z.number().int().positive(), text: z.string().min(1).nullable() }).nullable(),
});
