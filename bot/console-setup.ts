// The console channel's own setup, on its first start and for every `cli chat`: the terminal's
// default group is bound to its village (so the person at the keyboard, trusted as a cadre, can use
// every command there), and `/as 管理员` speaks as an admin. Nothing else in the database changes.
import type { Db } from '../storage/client.ts';
import { ensureConsoleGroup } from '../storage/console-group.ts';
import type { Config } from './config.ts';

export const CONSOLE_GROUP = '三星村工作队';
export const CONSOLE_VILLAGE = '三星村';
export const CONSOLE_SPEAKER = '李明';
export const CONSOLE_ADMIN = '管理员';

/** The configuration with the console's `/as 管理员` among the admins (a new object: the config is never changed). */
export function withConsoleAdmin<C extends Pick<Config, 'ADMIN_IDS'>>(config: C): C {
  const admin = `console:${CONSOLE_ADMIN}`;
  return config.ADMIN_IDS.includes(admin) ? config : { ...config, ADMIN_IDS: [...config.ADMIN_IDS, admin] };
}

export async function setUpConsoleChannel(db: Db): Promise<void> {
  await ensureConsoleGroup(db, CONSOLE_GROUP, CONSOLE_VILLAGE);
}
