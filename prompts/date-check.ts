// What the bot says about dates it will not store as written: one that does not exist
// (fix and resend), or one that is probably a slip (confirm or correct).
import { helpPointer } from './help.ts';
import { monthDay } from '../core/shanghai-calendar.ts';
import type { ParseError, ParseWarning } from '../core/checkin.ts';

export const dateCheckText = {
  /** The parser's reasons (`时限“2月30日”有误：2月没有30日…`), then that nothing was stored. */
  fixAndResend: (errors: readonly ParseError[], helpWord: string) =>
    [...errors.map((e) => e.message), '这条没有记录，请改正后重发。', helpPointer(helpWord)].join('\n'),
  /** A past deadline or a visit dated ahead: the two ways on, the second ready to copy. */
  confirm: (warnings: readonly ParseWarning[], today: string, resend: string) =>
    [
      `${warnings.map((w) => w.message).join('；')}（今天是${monthDay(today)}），这条还没有记录。`,
      '日期写错了：改好后重发。',
      '日期没错：复制下面这条发出即可：',
      resend,
    ].join('\n'),
};
