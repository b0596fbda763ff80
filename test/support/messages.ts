import type { IncomingMessage } from '../../core/message.ts';

let seq = 0;

/** A group message as an adapter would hand it over; override what the test is about. */
export function groupMessage(text: string, over: Partial<IncomingMessage> = {}): IncomingMessage {
  seq++;
  return {
    platform: 'console',
    messageId: `t-${process.pid}-${seq}-${Math.random().toString(36).slice(2, 8)}`,
    chatId: '三星村工作队',
    chatName: '三星村工作队',
    senderId: 'li-ming',
    senderName: '李明',
    text,
    mentionsBot: false,
    sentAt: new Date(),
    ...over,
  };
}
