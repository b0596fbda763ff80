import { describe, expect, it } from 'vitest';
import { storableMessage } from '../../bot/storable-message.ts';
import type { IncomingMessage } from '../../core/message.ts';

const base: IncomingMessage = {
  platform: 'console',
  messageId: 'm1',
  chatId: 'g1',
  chatName: '三星村工作队',
  senderId: 'u1',
  senderName: '李明',
  text: '#走访 王德福',
  mentionsBot: false,
  sentAt: new Date('2026-11-23T01:00:00Z'),
};

describe('storableMessage', () => {
  it('returns the same message when nothing needs changing', () => {
    expect(storableMessage(base)).toBe(base);
  });

  it('replaces every NUL in the text, the group name and the sender name with the replacement mark', () => {
    const out = storableMessage({ ...base, text: 'a\u0000b\u0000', chatName: '群\u0000', senderName: '\u0000李' });
    expect(out).toMatchObject({ text: 'a\uFFFDb\uFFFD', chatName: '群\uFFFD', senderName: '\uFFFD李' });
  });

  it('leaves a missing group name missing', () => {
    expect(storableMessage({ ...base, chatName: null, text: '\u0000' }).chatName).toBeNull();
  });
});
