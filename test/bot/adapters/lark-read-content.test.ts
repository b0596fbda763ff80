import { describe, expect, it } from 'vitest';
import { readContent } from '../../../bot/adapters/lark/read-content.ts';

const BOT = 'ou_bot';
const mentions = [
  { key: '@_user_1', id: { open_id: BOT }, name: '' },
  { key: '@_user_2', id: { open_id: 'ou_cadre' }, name: '王书记' },
];

describe('readContent', () => {
  it('reads a post like a text: styles dropped, the bot’s @ flagged even with an empty name, the picture an attachment', () => {
    const post = {
      title: '问题上报',
      content: [
        [
          { tag: 'at', user_id: '@_user_1', user_name: '' },
          { tag: 'text', text: ' #问题 三星村4组', style: [] },
          { tag: 'text', text: '屋顶漏雨', style: ['bold'] },
        ],
        [{ tag: 'img', image_key: 'img_v3_abc', width: 800, height: 600 }],
        [
          { tag: 'text', text: '请 ' },
          { tag: 'at', user_id: '@_user_2', user_name: '王书记' },
          { tag: 'text', text: ' 跟进' },
        ],
      ],
    };
    const read = readContent('post', JSON.stringify(post), mentions, BOT);
    expect(read).toEqual({
      text: '#问题 三星村4组屋顶漏雨\n请 @王书记 跟进',
      mentionsBot: true,
      attachments: [{ kind: 'image', key: 'img_v3_abc', name: null }],
    });
  });

  it('puts a title on its own line in front when the body is not a command', () => {
    const post = { title: '本周情况', content: [[{ tag: 'text', text: '低保名单什么时候公示？' }]] };
    expect(readContent('post', JSON.stringify(post), [], BOT).text).toBe('本周情况\n低保名单什么时候公示？');
  });

  it('reads a post wrapped per language, as some clients send it', () => {
    const post = { zh_cn: { title: '', content: [[{ tag: 'text', text: '#帮助' }]] } };
    expect(readContent('post', JSON.stringify(post), [], BOT).text).toBe('#帮助');
  });

  it('replaces text placeholders with names and removes the bot’s', () => {
    const read = readContent('text', JSON.stringify({ text: '@_user_1 @_user_2 的路灯修好了吗' }), mentions, BOT);
    expect(read).toEqual({ text: '@王书记 的路灯修好了吗', mentionsBot: true, attachments: [] });
  });

  it('does not flag the bot when its open_id is unknown', () => {
    expect(readContent('text', JSON.stringify({ text: '@_user_2 好' }), mentions, null).mentionsBot).toBe(false);
  });

  it('turns pictures, files, voice and video into attachments with no text', () => {
    expect(readContent('image', JSON.stringify({ image_key: 'img_1' }), [], BOT)).toEqual({
      text: '',
      mentionsBot: false,
      attachments: [{ kind: 'image', key: 'img_1', name: null }],
    });
    expect(readContent('file', JSON.stringify({ file_key: 'file_1', file_name: '整改报告.pdf' }), [], BOT).attachments).toEqual([
      { kind: 'file', key: 'file_1', name: '整改报告.pdf' },
    ]);
    expect(readContent('audio', JSON.stringify({ file_key: 'file_2', duration: 3000 }), [], BOT).attachments).toEqual([
      { kind: 'audio', key: 'file_2', name: null },
    ]);
    expect(readContent('media', JSON.stringify({ file_key: 'file_3', image_key: 'img_c' }), [], BOT).attachments).toEqual([
      { kind: 'video', key: 'file_3', name: null },
    ]);
  });

  it('reads broken content as nothing rather than failing', () => {
    expect(readContent('post', '{not json', [], BOT)).toEqual({ text: '', mentionsBot: false, attachments: [] });
  });
});
