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
  /** Where files sent with a digest (the dispatch pack's xlsx) are written. */
  FILES_DIR: string;
}
