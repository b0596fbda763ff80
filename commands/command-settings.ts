/**
 * What handlers read of the configuration, by the configuration's own key names (the bot's
 * Config is a superset and is passed as it is). Nothing else of the configuration reaches a command.
 */
export interface CommandSettings {
  /** `wechat:wxid_…`: accounts that are admins wherever they speak, and are told of claims to confirm. */
  ADMIN_IDS: readonly string[];
  /** Questions one person may ask in a minute before the bot stops answering them. */
  FAQ_PER_PERSON_PER_MINUTE: number;
  /** Where files sent with a reply (`#调度`'s xlsx) are written. */
  FILES_DIR: string;
}
