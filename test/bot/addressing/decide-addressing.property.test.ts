// Deciding whether a message is for the bot runs on every message, before anything else can
// answer it: it must never throw, whatever people type.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideAddressing } from '../../../bot/addressing/decide-addressing.ts';
import type { IncomingMessage } from '../../../core/message.ts';
import { parseMessage } from '../../../commands/parse/parse-message.ts';

const PIECES = [
  '#',
  '＃',
  '【',
  '】',
  '「',
  '」',
  '- - - - - - - - - - - - - - -',
  '\n',
  ' ',
  '@',
  '\u2005',
  '？',
  '问：',
  '接龙',
  '走方',
  '消号',
  '台帐',
  '走访',
  '台账',
  '打卡',
  '周报',
  '本周',
  '王德福',
  '三星村4组',
  '12',
  '全部达标',
  '😀',
  '\ud800',
  '\u0000',
];
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join('')),
);
const at = new Date('2026-12-01T10:00:00+08:00');

function message(t: string, mentionsBot: boolean, isPrivate: boolean): IncomingMessage {
  return {
    platform: 'wechat',
    messageId: 'm',
    chatId: 'c',
    chatName: null,
    senderId: 's',
    senderName: '王芳',
    text: t,
    mentionsBot,
    sentAt: at,
    isPrivate,
  };
}

describe('deciding whether a message is for the bot', () => {
  it('never throws and always gives one of its three answers', () => {
    fc.assert(
      fc.property(text, fc.boolean(), fc.boolean(), (t, mentionsBot, isPrivate) => {
        const msg = message(t, mentionsBot, isPrivate);
        const decided = decideAddressing(msg, parseMessage(t, at, { mentionsBot }));
        expect(['bot', 'near-miss', 'nobody']).toContain(decided.to);
        // Everything in a private chat is for the bot.
        if (isPrivate) expect(decided.to).toBe('bot');
        // In a group, a message nobody marked or mentioned never gets the bot talking.
        if (!isPrivate && !mentionsBot && !/[#＃【[?？问号]/.test(t)) expect(decided.to).toBe('nobody');
      }),
      { numRuns: 2000 },
    );
  });
});
