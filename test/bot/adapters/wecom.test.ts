// The WeCom adapter's pure parts: callbacks → IncomingMessage, markdown with <@userid>,
// byte-limited splitting, response_url bookkeeping, error classification, configuration.
import { describe, expect, it } from 'vitest';
import { classifyAnswer, toSendError } from '../../../bot/adapters/wecom/classify-failure.ts';
import { messageToIncoming } from '../../../bot/adapters/wecom/message-to-incoming.ts';
import { renderMarkdown, splitMarkdown } from '../../../bot/adapters/wecom/render-markdown.ts';
import { createResponseUrls } from '../../../bot/adapters/wecom/response-urls.ts';
import { createConfig } from '../../../bot/config.ts';
import { BotError } from '../../../core/bot-error.ts';

const AT = new Date('2026-11-25T10:00:00+08:00');
const base = { msgid: 'm1', aibotid: 'b1', from: { userid: 'LiMing' }, response_url: 'https://x/r', msgtype: 'text' };

describe('a callback as an IncomingMessage', () => {
  it('takes a group @-message as addressed to the bot, without the @name', () => {
    const msg = messageToIncoming(
      { ...base, chattype: 'group', chatid: 'wrk1', text: { content: '@小助手 #台账 三星村' } },
      { botName: '小助手', receivedAt: AT },
    );
    expect(msg).toMatchObject({
      platform: 'wecom',
      messageId: 'm1',
      chatId: 'wrk1',
      senderId: 'LiMing',
      text: '#台账 三星村',
      mentionsBot: true,
      isPrivate: false,
      sentAt: AT,
    });
  });

  it('removes the bot’s mention wherever it is, and a differently named bot’s leading one', () => {
    const late = messageToIncoming(
      { ...base, chattype: 'group', chatid: 'wrk1', text: { content: '#台账 @小助手' } },
      { botName: '小助手', receivedAt: AT },
    );
    expect(late?.text).toBe('#台账');
    const renamed = messageToIncoming(
      { ...base, chattype: 'group', chatid: 'wrk1', text: { content: '@驻村助手\u2005问：低保怎么申请？' } },
      { botName: '小助手', receivedAt: AT },
    );
    expect(renamed?.text).toBe('问：低保怎么申请？');
  });

  it('makes a single chat private, with the sender as the chat', () => {
    const msg = messageToIncoming(
      { ...base, chattype: 'single', text: { content: ' 问：医保怎么交 ' } },
      { botName: '小助手', receivedAt: AT },
    );
    expect(msg).toMatchObject({ chatId: 'LiMing', isPrivate: true, mentionsBot: false, text: '问：医保怎么交' });
  });

  it('reads the text of a mixed message and keeps its pictures as attachments', () => {
    const msg = messageToIncoming(
      {
        ...base,
        chattype: 'group',
        chatid: 'wrk1',
        msgtype: 'mixed',
        mixed: {
          msg_item: [
            { msgtype: 'text', text: { content: '@小助手 #问题 三星村4组路灯坏了' } },
            { msgtype: 'image', image: { url: 'https://img/1' } },
          ],
        },
      },
      { botName: '小助手', receivedAt: AT },
    );
    expect(msg?.text).toBe('#问题 三星村4组路灯坏了');
    expect(msg?.attachments).toEqual([{ kind: 'image', key: 'https://img/1' }]);
  });

  it('gives nothing for events and messages without a sender', () => {
    expect(messageToIncoming({ ...base, msgtype: 'event' }, { botName: '小助手', receivedAt: AT })).toBeNull();
    expect(messageToIncoming({ ...base, from: {}, text: { content: 'x' } }, { botName: '小助手', receivedAt: AT })).toBeNull();
    expect(messageToIncoming({ ...base, chattype: 'group', text: { content: 'x' } }, { botName: '小助手', receivedAt: AT })).toBeNull();
  });
});

describe('markdown for WeCom', () => {
  it('writes a mention with a userid as <@userid> where the text names the person, in front otherwise', () => {
    expect(renderMarkdown('#1 屋顶漏雨，@李明 请跟进', [{ id: 'LiMing', name: '李明' }])).toBe('#1 屋顶漏雨，<@LiMing> 请跟进');
    expect(renderMarkdown('请跟进', [{ id: 'LiMing', name: '李明' }])).toBe('<@LiMing> 请跟进');
    expect(renderMarkdown('@刘主任 请跟进', [{ id: null, name: '刘主任' }])).toBe('@刘主任 请跟进');
  });

  it('does not let text smuggle in a mention of its own', () => {
    expect(renderMarkdown('<@all> 开会')).not.toContain('<@all>');
  });

  it('cuts at line breaks within 4096 bytes of UTF-8, dropping nothing', () => {
    const line = '三星村4组路灯坏了，由张主任负责'.repeat(10); // 450 bytes
    const text = Array.from({ length: 30 }, (_, i) => `${i + 1}. ${line}`).join('\n');
    const pieces = splitMarkdown(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(4096);
    expect(pieces.join('\n')).toBe(text);
    for (const p of pieces) expect(p).toMatch(/^\d+\. /);
  });

  it('cuts one overlong line between characters, never inside a mention', () => {
    const text = `${'字'.repeat(1400)}<@LiMing>${'字'.repeat(10)}`;
    const pieces = splitMarkdown(text, 4200);
    expect(pieces.join('')).toBe(text);
    expect(pieces.some((p) => p.includes('<@LiMing>'))).toBe(true);
  });
});

describe('response_url bookkeeping', () => {
  it('gives the newest valid URL of a chat once, and none past the hour', () => {
    let now = AT.getTime();
    const urls = createResponseUrls({ now: () => now });
    urls.add('group:wrk1', 'https://x/1');
    urls.add('group:wrk1', 'https://x/2');
    expect(urls.take('group:wrk1')).toBe('https://x/2');
    expect(urls.take('single:wrk1')).toBeNull();
    now += 3600_000;
    expect(urls.take('group:wrk1')).toBeNull();
  });
});

describe('WeCom error codes', () => {
  it('classifies the limit, a removed robot, a malformed message and a busy server', () => {
    expect(classifyAnswer({ errcode: 0, errmsg: 'ok' }, 'robot')).toBeNull();
    const limit = classifyAnswer({ errcode: 45009, errmsg: 'api freq out of limit' }, 'robot')!;
    expect(limit.kind).toBe('rate-limit');
    expect(toSendError(limit)).toMatchObject({ retryable: true, retryAfterMs: 60_000 });
    expect(classifyAnswer({ errcode: 93000, errmsg: 'invalid webhook url' }, 'robot')?.kind).toBe('robot-gone');
    expect(toSendError(classifyAnswer({ errcode: 40008 }, 'robot')!).retryable).toBe(false);
    expect(classifyAnswer({ errcode: -1, errmsg: 'system busy' }, 'robot')?.kind).toBe('transient');
  });
});

describe('WeCom configuration', () => {
  const AES = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';

  it('turns WeCom on with both keys, and the console off', () => {
    const config = createConfig({ WECOM_TOKEN: 't', WECOM_ENCODING_AES_KEY: AES });
    expect(config.wecom).toEqual({
      token: 't',
      encodingAesKey: AES,
      port: 8791,
      path: '/wecom/callback',
      apiBase: 'https://qyapi.weixin.qq.com',
    });
    expect(config.console).toBe(false);
  });

  it('refuses one key without the other and a key that is not 43 characters, without printing it', () => {
    expect(() => createConfig({ WECOM_TOKEN: 't' })).toThrow(/WECOM_ENCODING_AES_KEY/);
    let error: unknown;
    try {
      createConfig({ WECOM_TOKEN: 't', WECOM_ENCODING_AES_KEY: 'short-secret-value' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(BotError);
    expect((error as BotError).message).toContain('43 位');
    expect((error as BotError).message).not.toContain('short-secret-value');
  });

  it('takes wecom admins', () => {
    expect(createConfig({ ADMIN_IDS: 'wecom:ZhouZhen' }).ADMIN_IDS).toEqual(['wecom:ZhouZhen']);
  });
});
