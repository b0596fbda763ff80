/**
 * What the cadence reads of the configuration, by the configuration's own key names (the bot's
 * Config is a superset and is passed as it is). Nothing else of the configuration reaches a job.
 */
export interface CadenceSettings {
  /** Recorded on each run this instance claims. */
  INSTANCE_ID: string;
  CRON_WEEKLY: string;
  CRON_VISIT_DAY: string;
  CRON_DISPATCH: string;
  CRON_MONTHLY: string;
  CRON_NUDGE: string;
  QUIET_HOURS: string;
  EXTRA_HOLIDAYS: readonly string[];
  EXTRA_WORKDAYS: readonly string[];
  /** Overdue this many days: the township leader and group are told too. */
  ESCALATE_AFTER_DAYS: number;
  /** A household that said 不满意 is due a return visit within this many days. */
  UNSATISFIED_REVISIT_DAYS: number;
  /** A complaint unanswered this long is overdue. */
  COMPLAINT_ANSWER_DAYS: number;
  /** 回头看: a closed item comes back as 待回访 in the weekly inspection after this many days. */
  REVIEW_AFTER_DAYS: number;
  /** An item with neither 时限 nor 责任人 this many days old goes privately to the team leader. */
  MISSING_ESCALATE_DAYS: number;
  /** A household is due a visit when nobody has visited it for this many days. */
  VISIT_EVERY_DAYS: number;
  /** Where files sent with a digest (the dispatch pack's xlsx) are written. */
  FILES_DIR: string;
}
