import type { CadenceSettings } from './cadence-settings.ts';
import type { Destination, Reply } from '../core/reply.ts';
import type { Queryable } from '../storage/client.ts';
import type { EscalationNotice } from '../storage/escalation-notices.ts';
import type { DigestChart } from './digest-chart.ts';

export type JobName = 'weekly' | 'visit-day' | 'dispatch' | 'monthly' | 'nudge';

/** A reminder a job wants sent: a Reply with its destination and a label for previews. */
export interface PlannedMessage extends Reply {
  to: Destination;
  /** The group's name or the person's name, for `remind` and logs. */
  label: string;
  /** A 逾期升级 list to a group: remembered once queued, so an unchanged list waits a week. */
  escalation?: EscalationNotice;
  /** The picture to draw and send after the text (the runner draws it when it can). */
  chart?: DigestChart;
}

/** Reads the database as of `now` and says what to send; writes nothing. */
export type PlanJob = (db: Queryable, now: Date, config: CadenceSettings) => Promise<PlannedMessage[]>;

export interface CadenceJob {
  name: JobName;
  /** 每周督查 … for previews and logs. */
  title: string;
  /** The config key holding its cron expression. */
  cronKey: 'CRON_WEEKLY' | 'CRON_VISIT_DAY' | 'CRON_DISPATCH' | 'CRON_MONTHLY' | 'CRON_NUDGE';
  plan: PlanJob;
  /** A missed run is caught up only on the day it was due (its text says "today"). */
  sameDayOnly?: boolean;
}

/** One chat, one outbox dedupe key: a group, or a person's private chat. */
export function chatKey(to: Destination): string {
  return `${to.platform}:${to.private ? 'p' : 'g'}:${to.chatId}`;
}
