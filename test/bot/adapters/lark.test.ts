import { describe, expect, it } from 'vitest';
import { readCardClick, closeTarget, clickToIncoming } from '../../../bot/adapters/lark/card-click.ts';
import { classifyFailure, toSendError } from '../../../bot/adapters/lark/classify-failure.ts';
import { createPacer } from '../../../bot/adapters/lark/create-pacer.ts';
import { createSeenCache } from '../../../bot/adapters/lark/create-seen-cache.ts';
import { identityFor, messageToIncoming } from '../../../bot/adapters/lark/message-to-incoming.ts';
import { closeRow, renderCard } from '../../../bot/adapters/lark/render-card.ts';
import { renderText } from '../../../bot/adapters/lark/render-text.ts';
import type { Card } from '../../../core/reply.ts';

const ledger: Card = {
  title: '三星村 未销号问题',
  template: 'orange',
  rows: [
    { text: '11 王德福家屋顶漏雨', action: { label: '销号', value: { action: 'close', villageId: 1, no: 11 } } },
    { text: '12 4组路灯坏了', action: { label: '销号', value: { action: 'close', villageId: 1, no: 12 } } },
    { text: '共 2 项' },
  ],
  footer: '点“销号”即关闭该项（限本村干部）',
};

describe('renderCard', () => {
  it('makes a shared Lark card with a button per actionable row', () => {
    const card = renderCard(ledger) as any;
    expect(card.config).toEqual({ wide_screen_mode: true, update_multi: true });
    expect(card.header).toEqual({ template: 'orange', title: { tag: 'plain_text', content: '三星村 未销号问题' } });
    expect(card.elements[0]).toEqual({
      tag: 'div',
      text: { tag: 'plain_text', content: '11 王德福家屋顶漏雨' },
      extra: {
        tag: 'button',
        text: { tag: 'plain_text', content: '销号' },
        type: 'primary',
        value: { action: 'close', villageId: 1, no: 11 },
      },
    });
    expect(card.elements[2]).toEqual({ tag: 'div', text: { tag: 'plain_text', content: '共 2 项' } });
    expect(card.elements.at(-1)).toEqual({ tag: 'note', elements: [{ tag: 'plain_text', content: '点“销号”即关闭该项（限本村干部）' }] });
  });

  it('closes the clicked row and drops its button, leaving the others', () => {
    const updated = closeRow(ledger, { action: 'close', villageId: '1', no: '12' });
    expect(updated?.rows[1]).toEqual({ text: '✅ 已销号　12 4组路灯坏了' });
    expect(updated?.rows[0].action).toBeDefined();
    expect(closeRow(updated!, { action: 'close', villageId: 1, no: 12 })).toBeNull();
  });
});

describe('renderText', () => {
  it('turns a named mention into a real Lark mention', () => {
    expect(JSON.parse(renderText('@王书记 12号问题已超期', [{ id: 'ou_w', name: '王书记' }]))).toEqual({
      text: '<at user_id="ou_w">王书记</at> 12号问题已超期',
    });
  });

  it('puts a mention not named in the text in front, and keeps name-only mentions as text', () => {
    const out = JSON.parse(
      renderText('请尽快处理', [
        { id: 'ou_a', name: '李明' },
        { id: null, name: '张三' },
      ]),
    );
    expect(out.text).toBe('<at user_id="ou_a">李明</at> 请尽快处理');
  });

  it('does not let echoed text carry a mention tag', () => {
    expect(JSON.parse(renderText('<at user_id="all">所有人</at>')).text).not.toContain('<at');
  });
});

describe('classifyFailure', () => {
  const axiosLike = (status: number, code: number, headers: Record<string, string> = {}) =>
    Object.assign(new Error(`Request failed with status code ${status}`), { response: { status, data: { code, msg: 'x' }, headers } });

  it('reads rate limits (HTTP 429, 99991400, 230020) with the wait Lark asks for', () => {
    expect(classifyFailure(axiosLike(429, 99991400, { 'x-ogw-ratelimit-reset': '3' }))).toMatchObject({
      kind: 'rate-limit',
      retryAfterMs: 3000,
    });
    expect(classifyFailure(axiosLike(400, 99991400))).toMatchObject({ kind: 'rate-limit', retryAfterMs: 1000 });
    expect(classifyFailure({ code: 230020, msg: 'This operation triggers the frequency limit' })).toMatchObject({ kind: 'rate-limit' });
  });

  it('reads a refused app secret as an auth failure that is retried', () => {
    const failure = classifyFailure(new Error('failed to get tenant_access_token, code: 10014, msg: app secret invalid'));
    expect(failure).toMatchObject({ kind: 'auth', code: 10014 });
    expect(toSendError(failure).retryable).toBe(true);
    expect(classifyFailure(axiosLike(400, 99991663)).kind).toBe('auth');
  });

  it('gives up on a chat the bot is not in, and retries network trouble', () => {
    expect(toSendError(classifyFailure(axiosLike(400, 230002))).retryable).toBe(false);
    expect(toSendError(classifyFailure(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).retryable).toBe(true);
  });
});

describe('readCardClick', () => {
  it('reads a card.action.trigger click as a typed close action with its village', () => {
    const click = readCardClick({
      schema: '2.0',
      event_id: 'ev1',
      token: 'card-token',
      operator: { open_id: 'ou_c', name: '王书记' },
      action: { value: { action: 'close', villageId: 1, no: 12 }, tag: 'button' },
      context: { open_message_id: 'om_1', open_chat_id: 'oc_1' },
    } as any)!;
    expect(click).toMatchObject({ key: 'ev1', messageId: 'om_1', chatId: 'oc_1', operatorId: 'ou_c', legacy: false });
    const target = closeTarget(click)!;
    expect(target).toEqual({ action: 'close', no: 12, villageId: 1, village: null });
    expect(clickToIncoming(click, target, { senderName: '王书记', chatName: null })).toMatchObject({
      messageId: 'card-ev1',
      text: '#销号 12',
      cardAction: { action: 'close', issueNo: 12, villageId: 1, cardMessageId: 'om_1' },
      senderId: 'ou_c',
      chatId: 'oc_1',
    });
    const named = closeTarget({ ...click, value: { action: 'close', villageId: 2, village: '红岩村', no: 5 } })!;
    expect(clickToIncoming(click, named, { senderName: null, chatName: null }).text).toBe('#销号 红岩村 5');
  });

  it('reads the legacy callback, whose operator is at the top level', () => {
    const click = readCardClick({
      open_id: 'ou_c',
      open_message_id: 'om_1',
      open_chat_id: 'oc_1',
      token: 't1',
      action: { value: '{"action":"close","no":"3"}', tag: 'button' },
    } as any)!;
    expect(click).toMatchObject({ key: 't1', legacy: true, operatorId: 'ou_c' });
    expect(closeTarget(click)).toEqual({ action: 'close', no: 3, villageId: null, village: null });
    expect(closeTarget({ ...click, value: { action: 'open', no: 3 } })).toBeNull();
  });
});

describe('createPacer', () => {
  it('spaces sends in one chat and lets other chats go', async () => {
    const waits: number[] = [];
    const pacer = createPacer({
      perSecond: 4,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    await pacer.wait('oc_a');
    await pacer.wait('oc_a');
    await pacer.wait('oc_b');
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(200);
    expect(waits[0]).toBeLessThanOrEqual(250);
  });

  it('keeps the whole app under its per-second limit', async () => {
    const waits: number[] = [];
    const pacer = createPacer({
      perSecond: 4,
      totalPerSecond: 2,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    for (const chat of ['oc_a', 'oc_b', 'oc_c']) await pacer.wait(chat);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(950);
  });
});

describe('createSeenCache', () => {
  it('forgets the oldest entries beyond its size', () => {
    const seen = createSeenCache({ maxEntries: 2 });
    seen.set('a', true);
    seen.set('b', true);
    seen.set('c', true);
    expect([seen.has('a'), seen.has('b'), seen.has('c')]).toEqual([false, true, true]);
  });
});

describe('messageToIncoming', () => {
  const event = (text: string, mentions: any[] = [], chatType = 'group') =>
    ({
      event_id: 'ev1',
      sender: { sender_id: { open_id: 'ou_li' }, sender_type: 'user' },
      message: {
        message_id: 'om_1',
        chat_id: 'oc_1',
        chat_type: chatType,
        message_type: 'text',
        create_time: '1763860000000',
        content: JSON.stringify({ text }),
        mentions,
      },
    }) as any;

  it('tells the bot by its name when the bot-info call failed, and learns its open_id', async () => {
    const e = event('@_user_1 低保怎么申请', [{ key: '@_user_1', id: { open_id: 'ou_bot' }, name: '小助手' }]);
    const bot = identityFor(e, null, '小助手');
    expect(bot).toEqual({ openId: 'ou_bot', name: '小助手' });
    const msg = await messageToIncoming(e, { bot, senderName: '李明', chatName: '三星村工作队' });
    expect(msg).toMatchObject({
      platform: 'lark',
      messageId: 'om_1',
      chatId: 'oc_1',
      senderId: 'ou_li',
      senderName: '李明',
      text: '低保怎么申请',
      mentionsBot: true,
      isPrivate: false,
    });
    expect(msg.sentAt.getTime()).toBe(1763860000000);
  });

  it('falls back to the open_id for a sender whose name is unknown, and marks a one-to-one chat', async () => {
    const msg = await messageToIncoming(event('#帮助', [], 'p2p'), { bot: null, senderName: null, chatName: null });
    expect(msg).toMatchObject({ senderName: 'ou_li', isPrivate: true, mentionsBot: false, text: '#帮助' });
  });
});
