/**
 * What handlers read of the configuration, by the configuration's own key names (the bot's
 * Config is a superset and is passed as it is). Nothing else of the configuration reaches a command.
 */
export interface CommandSettings {
  /** `wechat:wxid_…`: accounts that are admins wherever they speak, and are told of claims to confirm. */
  ADMIN_IDS: readonly string[];
  /** Questions one person may ask in a minute before the bot stops answering them. */
  FAQ_PER_PERSON_PER_MINUTE: number;
  /** A household that said 不满意 is due a return visit within this many days. */
  UNSATISFIED_REVISIT_DAYS: number;
  /** The ledger board's port (0: no board), its signing key (else one kept in the database) and public address. */
  HTTP_PORT: number;
  BOARD_SECRET?: string;
  PUBLIC_URL?: string;
  /** Minutes after a check-in, #问题 or #销号 in which the same person's pictures count as its evidence. */
  EVIDENCE_LINK_MINUTES: number;
  /** Where files sent with a reply (`#调度`'s xlsx) are written. */
  FILES_DIR: string;
}
