// What the recovery pass reads back of a stored message is the message as its adapter handed
// it over: its pictures, a card button's target, a recall. Losing any of them after a crash
// would handle the message differently (evidence unlinked, a township click sent to the wrong
// village, a recall read as empty text).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../core/message.ts';
import { recordAttachments } from '../../storage/evidence.ts';
import { recordIncoming, toIncoming, unhandledInbox } from '../../storage/inbox.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

describe('a stored message read back by the recovery pass', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await t.destroy();
  });

  async function roundTrip(msg: IncomingMessage): Promise<IncomingMessage> {
    const { inboxId } = await recordIncoming(t.db, msg);
    if (msg.attachments?.length) await recordAttachments(t.db, inboxId, msg);
    const [row] = (await unhandledInbox(t.db)).filter((r) => r.id === inboxId);
    return toIncoming(row);
  }

  it('keeps the attachments, the card action and the recall', async () => {
    const sentAt = new Date('2026-11-25T02:00:00Z');
    const picture = groupMessage('#问题 路灯坏了', {
      platform: 'lark',
      sentAt,
      attachments: [
        { kind: 'image', key: 'img_v3_a', name: null },
        { kind: 'file', key: 'file_v3_b', name: '现场.pdf' },
      ],
    });
    expect((await roundTrip(picture)).attachments).toEqual(picture.attachments);

    const click = groupMessage('#验收 12', {
      platform: 'lark',
      sentAt,
      cardAction: { action: 'review', issueNo: 12, villageId: 7, cardMessageId: 'om_card' },
    });
    expect((await roundTrip(click)).cardAction).toEqual(click.cardAction);

    const recall = groupMessage('', { platform: 'wechat', sentAt, recall: { messageId: 'wx-original' } });
    const back = await roundTrip(recall);
    expect(back.recall).toEqual({ messageId: 'wx-original' });
    expect(back).not.toHaveProperty('cardAction');
    expect(back).not.toHaveProperty('attachments');
  });
});
