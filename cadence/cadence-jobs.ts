import { cadenceText } from '../prompts/cadence.ts';
import type { CadenceJob } from './cadence-job.ts';
import { planHalfMonthlyDispatch } from './jobs/half-monthly-dispatch.ts';
import { planMonthlyDispatch } from './jobs/monthly-dispatch.ts';
import { planOverdueNudges } from './jobs/overdue-nudges.ts';
import { planVisitDay } from './jobs/visit-day.ts';
import { planWeeklyInspection } from './jobs/weekly-inspection.ts';

/** Every cadence job, in the order they are run when several are due at once. */
export const cadenceJobs: CadenceJob[] = [
  { name: 'visit-day', title: cadenceText.titles['visit-day'], cronKey: 'CRON_VISIT_DAY', plan: planVisitDay, sameDayOnly: true },
  { name: 'weekly', title: cadenceText.titles.weekly, cronKey: 'CRON_WEEKLY', plan: planWeeklyInspection },
  { name: 'dispatch', title: cadenceText.titles.dispatch, cronKey: 'CRON_DISPATCH', plan: planHalfMonthlyDispatch },
  { name: 'monthly', title: cadenceText.titles.monthly, cronKey: 'CRON_MONTHLY', plan: planMonthlyDispatch },
  { name: 'nudge', title: cadenceText.titles.nudge, cronKey: 'CRON_NUDGE', plan: planOverdueNudges, sameDayOnly: true },
];
