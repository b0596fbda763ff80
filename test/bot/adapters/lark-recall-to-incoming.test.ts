import { describe, expect, it } from 'vitest';
import { recallToIncoming } from '../../../bot/adapters/lark/recall-to-incoming.ts';

const receivedAt = new Date('2026-03-10T09:05:00+08:00');
const context = { chatName: '三星村工作队', receivedAt };

describe('a Lark recall as an IncomingMessage', () => {
  it('names the message taken back, is stored under an id of its own, and is dated by recall_time', () => {
    const msg = recallToIncoming(
      {
        event_id: 'ev-1',
        create_time: String(Date.parse('2026-03-10T09:01:02+08:00')),
        message_id: 'om_abc',
        chat_id: 'oc_team',
        recall_time: String(Date.parse('2026-03-10T09:01:00+08:00')),
        recall_type: 'message_owner',
      },
      context,
    );
    expect(msg).toEqual({
      platform: 'lark',
      messageId: 'recall:om_abc',
      chatId: 'oc_team',
      chatName: '三星村工作队',
      senderId: '',
      senderName: '',
      text: '',
      mentionsBot: false,
      sentAt: new Date('2026-03-10T09:01:00+08:00'),
      recall: { messageId: 'om_abc' },
    });
  });

  it('falls back to the event’s creation time, then to when it came, for a recall without recall_time', () => {
    const created = String(Date.parse('2026-03-10T09:01:02+08:00'));
    expect(recallToIncoming({ message_id: 'om_abc', chat_id: 'oc_team', create_time: created }, context)?.sentAt).toEqual(
      new Date('2026-03-10T09:01:02+08:00'),
    );
    expect(recallToIncoming({ message_id: 'om_abc', chat_id: 'oc_team', recall_time: '' }, context)?.sentAt).toEqual(receivedAt);
  });

  it('says a group manager took it back when the event says it was not the sender, naming nobody', () => {
    for (const recall_type of ['group_owner', 'group_manager', 'enterprise_manager'] as const) {
      expect(recallToIncoming({ message_id: 'om_abc', chat_id: 'oc_team', recall_time: '1', recall_type }, context)).toMatchObject({
        senderId: '',
        senderName: '群管理员',
      });
    }
  });

  it('gives nothing for an event that does not say which message or chat', () => {
    expect(recallToIncoming({ chat_id: 'oc_team', recall_time: '1' }, context)).toBeNull();
    expect(recallToIncoming({ message_id: 'om_abc', recall_time: '1' }, context)).toBeNull();
  });
});
