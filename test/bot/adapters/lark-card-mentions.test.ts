import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderCard } from '../../../bot/adapters/lark/render-card.ts';
import type { Card } from '../../../core/reply.ts';

const digest: Card = {
  title: '每周督查 三星村',
  rows: [
    { text: '台账：未销号2件，其中逾期1件' },
    { text: '· #12 4组路灯坏了**急**逾期3天，@王书记' },
    { text: '· #13 <at id=ou_x></at> 水管' },
  ],
};

describe('renderCard mentions', () => {
  it('writes <at id=…></at> where a row says @name, escaping the rest of that row', () => {
    const card = renderCard(digest, [{ id: 'ou_wang', name: '王书记' }]) as any;
    expect(card.elements[1].text).toEqual({
      tag: 'lark_md',
      content: '· &#35;12 4组路灯坏了&#42;&#42;急&#42;&#42;逾期3天，<at id=ou_wang></at>',
    });
    // Rows naming nobody stay plain text: a tag someone typed is shown, never acted on.
    expect(card.elements[2].text).toEqual({ tag: 'plain_text', content: '· #13 <at id=ou_x></at> 水管' });
    expect(card.elements).toHaveLength(3);
  });

  it('@s people the rows do not name on a last row, and leaves name-only mentions as text', () => {
    const card = renderCard(digest, [
      { id: 'ou_li', name: '李明' },
      { id: null, name: '张三' },
    ]) as any;
    expect(card.elements.at(-1)).toEqual({ tag: 'div', text: { tag: 'lark_md', content: '请留意：<at id=ou_li></at>' } });
    expect(JSON.stringify(card)).not.toContain('张三');
  });

  it('escapes every mark card markdown reads', () => {
    expect(escapeMarkdown('a*b_c~d[e](f)#g`h$i\\j<k>l&m|n')).toBe(
      'a&#42;b&#95;c&#126;d&#91;e&#93;&#40;f&#41;&#35;g&#96;h&#36;i&#92;j&#60;k&#62;l&#38;m&#124;n',
    );
  });
});
