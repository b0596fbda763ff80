// `npm run cli -- review-setting 后叶镇 off`: whether a township's 销号 waits for 验收.
// On by default; a township that does not ask for review has 销号 close at once.
import { closeOutText } from '../../prompts/close-out.ts';
import { inTransaction, type Db } from '../../storage/client.ts';
import { setReviewRequired } from '../../storage/review-setting.ts';
import type { CliArgs } from './with-bot.ts';

const STATES: Record<string, boolean> = { on: true, off: false, 开: true, 关: false, 开启: true, 关闭: false };

export async function runReviewSetting(db: Db, args: CliArgs, out: (line: string) => void): Promise<number> {
  const [township, state] = args.positionals;
  if (!township || !state || !(state in STATES)) {
    out(closeOutText.reviewSettingUsage);
    return 2;
  }
  const on = STATES[state];
  const changed = await inTransaction(db, (tx) => setReviewRequired(tx, township, on));
  if (!changed) {
    out(closeOutText.unknownTownship(township));
    return 1;
  }
  out(closeOutText.reviewSetting(township, on));
  return 0;
}
