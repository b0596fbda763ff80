import { describe, expect, it } from 'vitest';
import { clipText } from '../../core/clip-text.ts';
import { createPiiMasker, maskPii } from '../../core/mask-pii.ts';
import { maskReply } from '../../core/mask-reply.ts';

describe('maskPii', () => {
  it('masks an ID-card number to its first and last four characters', () => {
    expect(maskPii('身份证510123198001011234')).toBe('身份证5101**********1234');
  });

  it('masks an ID-card number ending in X, and a lower-case x', () => {
    expect(maskPii('51012319800101123X')).toBe('5101**********123X');
    expect(maskPii('51012319800101123x')).toBe('5101**********123X');
  });

  it('masks a mobile number in the middle', () => {
    expect(maskPii('电话13812345678，请联系')).toBe('电话138****5678，请联系');
  });

  it.each([
    ['+86 139 1234 5606', '+86 139****5606'],
    ['+8613912345606', '+86139****5606'],
    ['8613912345606', '86139****5606'],
    ['0086 13912345606', '0086 139****5606'],
    ['＋86 13912345606', '＋86 139****5606'],
    ['138-1234-5678', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['138.1234.5678', '138****5678'],
    ['138 - 1234 - 5678', '138****5678'],
    ['１３８１２３４５６７８', '138****5678'],
    ['138－1234－5678', '138****5678'],
  ])('masks the mobile written %s', (written, shown) => {
    expect(maskPii(`王德福${written}家`)).toBe(`王德福${shown}家`);
  });

  it.each([
    ['ID510104195207161123', 'ID5101**********1123'],
    ['sfz510104195207161123', 'sfz5101**********1123'],
    ['身份证号：510104195207161123', '身份证号：5101**********1123'],
    ['5101 0419 5207 1611 23', '5101**********1123'],
    ['510104 19520716 1123', '5101**********1123'],
    ['510104-19520716-112X', '5101**********112X'],
    ['510104520716112', '5101*******6112'],
    ['５１０１０４１９５２０７１６１１２３', '5101**********1123'],
  ])('masks the ID written %s', (written, shown) => {
    expect(maskPii(`户主${written}，`)).toBe(`户主${shown}，`);
  });

  it('hides every digit of a long number that is neither (an ID typed short, a bank card)', () => {
    expect(maskPii('户主身份证号码5101041952071611')).toBe('户主身份证号码****************');
    expect(maskPii('存折6222 0212 3456 7890 123')).toBe('存折**** **** **** **** ***');
  });

  it('after a label, hides seven digits already', () => {
    expect(maskPii('电话2345678')).toBe('电话*******');
    expect(maskPii('Tel: 1381234')).toBe('Tel: *******');
    expect(maskPii('共1381234元')).toBe('共1381234元');
  });

  it('takes a long number for an amount only with its unit', () => {
    expect(maskPii('补助12000000元，150000.00元')).toBe('补助12000000元，150000.00元');
    expect(maskPii('821949.96')).toBe('******.**');
    expect(maskPii('5101041952071611元')).toBe('****************元');
  });

  it('leaves ledger numbers, dates and amounts alone', () => {
    const text = '#12 住房：屋顶漏雨（李书记，2026-11-30前）补助5000元，12月1日前，5万元，10000元，2026.12.01，12000000元，150000.00元';
    expect(maskPii(text)).toBe(text);
  });

  it('keeps office landlines and service numbers readable', () => {
    const text = '乡镇便民服务中心0851-1234567，卫生院（0851）2345678，热线 400-820-8820，12345';
    expect(maskPii(text)).toBe(text);
  });

  it('keeps a ledger number apart from the number that follows it', () => {
    expect(maskPii('#12 13812345678')).toBe('#12 138****5678');
    expect(maskPii('#12 5101041952071611')).toBe('#12 ****************');
  });

  it('keeps a date apart from a mobile after it', () => {
    expect(maskPii('2026-12-01 13812345678')).toBe('2026-12-01 138****5678');
  });

  it('does not take a mobile written like a date for a date', () => {
    expect(maskPii('1990-12-01-234')).toBe('199****1234');
  });

  it('shows no eight digits of one number in a row, even next to a masked one', () => {
    // A 15-digit ID grouped like a mobile: 130****2071 then 6112 would show 2071 6112.
    expect(maskPii('130 1045 2071 6112')).toBe('1301*******6112');
    expect(maskPii('13010452071 61123')).not.toMatch(/2071\s*6112/);
    expect(maskPii('手机：138 1234 5678 2户')).toBe('手机：138****5678 2户');
  });

  it('shows only the end of a number written right after another', () => {
    expect(maskPii('王德福 13812345678 510123198001011234')).toBe('王德福 138****5678 **************1234');
    expect(maskPii('510123198001011234 13812345678')).toBe('5101**********1234 138****5678');
    expect(maskPii('13812345678、510123198001011234')).toBe('138****5678、5101**********1234');
  });

  it('leaves platform ids and links alone', () => {
    const text = 'wxid_13812345678 20865812345@chatroom ou_7d8a6f12345678901bcd https://www.gov.cn/zhengce/2021/13812345678.htm';
    expect(maskPii(text)).toBe(text);
  });

  it('is unchanged by masking twice', () => {
    const text = '王德福 +86 139 1234 5606 身份证510104195207161123 存折6222021234567890123 电话2345678';
    const once = maskPii(text);
    expect(once).toBe('王德福 +86 139****5606 身份证5101**********1123 存折******************* 电话*******');
    expect(maskPii(once)).toBe(once);
  });

  it('shows the numbers the configuration makes public, however written', () => {
    const mask = createPiiMasker({ publicNumbers: ['13800000000', '0851-1234567', undefined] });
    expect(mask('队长电话 138 0000 0000，乡镇 08511234567，王德福13800000001')).toBe(
      '队长电话 138 0000 0000，乡镇 08511234567，王德福138****0001',
    );
  });
});

describe('clipText', () => {
  it('masks before it cuts, so the cut leaves no longer prefix than the mask shows', () => {
    // Cut first, this was 户主身份证号码5101041952071611… (16 of 18 digits).
    expect(clipText('户主身份证号码510104195207161123需核实', 24)).toBe('户主身份证号码5101**********11…');
    // Cut first, 1381234… together with a receipt's 138****5678 gave the whole number.
    expect(clipText('王德福家电话13812345678屋顶漏雨', 13)).toBe('王德福家电话138***…');
  });

  it('leaves a short text as it is', () => {
    expect(clipText('屋顶漏雨', 24)).toBe('屋顶漏雨');
  });
});

describe('maskReply', () => {
  it('masks the text, the mentioned names and every part of the card, not its ids', () => {
    const reply = maskReply({
      text: '电话13812345678',
      mentions: [{ id: 'wxid_13812345678', name: '王德福13812345678' }],
      card: {
        title: '王德福13812345678',
        rows: [{ text: '#1 电话13812345678', action: { label: '销号', value: { action: 'close', no: 1, villageId: 3 } } }],
        footer: '身份证510104195207161123',
      },
    });
    expect(reply).toEqual({
      text: '电话138****5678',
      mentions: [{ id: 'wxid_13812345678', name: '王德福138****5678' }],
      card: {
        title: '王德福138****5678',
        rows: [{ text: '#1 电话138****5678', action: { label: '销号', value: { action: 'close', no: 1, villageId: 3 } } }],
        footer: '身份证5101**********1123',
      },
    });
  });
});
