import { describe, expect, it } from 'vitest';
import { ITEMS_PER_REPLY } from '../../commands/ledger.ts';
import { addIssues } from '../../storage/issues.ts';
import { chats, useLedgerFixture, people } from './ledger-fixture.ts';

describe('#台账: the open items', () => {
  const ctx = useLedgerFixture();

  async function items(
    villageName: string,
    rows: Array<{ description: string; dueOn: string | null; assignee?: string | null; householdName?: string }>,
  ) {
    const villageId = await ctx.f.villageId(villageName);
    await ctx.t.db.prisma.$transaction((tx) =>
      addIssues(
        tx,
        villageId,
        rows.map((r) => ({ category: '住房', source: 'report' as const, assignee: null, householdName: null, ...r })),
      ),
    );
  }

  it('lists overdue items first, one line each, with days overdue', async () => {
    await items('三星村', [
      { description: '院墙开裂', dueOn: '2026-12-05', assignee: '张华' },
      { description: '屋顶漏雨', dueOn: '2026-11-22', assignee: '李书记', householdName: '王德福' },
      { description: '门窗损坏', dueOn: null },
    ]);
    const said = await ctx.f.say('#台账');
    const lines = said.text.split('\n');
    expect(lines[0]).toBe('三星村未销号问题 3 项（逾期 1 项）');
    expect(lines.slice(1, 4)).toEqual([
      '#2 王德福 住房：屋顶漏雨 李书记 11/22 逾期3天',
      '#1 住房：院墙开裂 张华 12/5',
      '#3 住房：门窗损坏 责任人待定 时限待定',
    ]);
  });

  it('leaves closed items out of the open list (a close waiting for 验收 is listed apart)', async () => {
    await items('三星村', [
      { description: '院墙开裂', dueOn: null },
      { description: '屋顶漏雨', dueOn: null },
    ]);
    await ctx.f.say('#销号 1 已修好');
    const said = await ctx.f.say('#台账');
    const [open, waiting] = said.text.split('待验收');
    expect(open).not.toContain('院墙开裂');
    expect(open).toContain('#2 住房：屋顶漏雨');
    expect(waiting).toContain('院墙开裂');
  });

  it('splits a long list into replies that fit a phone screen', async () => {
    await items(
      '三星村',
      Array.from({ length: 30 }, (_, i) => ({ description: `问题${i + 1}`, dueOn: '2026-12-20' })),
    );
    const said = await ctx.f.say('#台账');
    expect(said.replies).toHaveLength(Math.ceil(30 / ITEMS_PER_REPLY));
    for (const r of said.replies) expect(r.text.split('\n').length).toBeLessThanOrEqual(15);
    expect(said.replies[0].text.split('\n')[0]).toBe('三星村未销号问题 30 项（1/3）');
    expect(said.text.match(/^#\d+ /gm)).toHaveLength(30);
  });

  it('attaches a card with a 销号 button on each open row', async () => {
    await items('三星村', [{ description: '院墙开裂', dueOn: null }]);
    const villageId = await ctx.f.villageId('三星村');
    const { replies } = await ctx.f.say('#台账');
    expect(replies[0].card?.rows).toEqual([
      {
        text: '#1 住房：院墙开裂 责任人待定 时限待定',
        action: { label: '销号', value: { action: 'close', villageId, village: '三星村', no: 1 } },
      },
    ]);
  });

  it('lists a village named in the message', async () => {
    await items('红岩村', [{ description: '路灯坏了', dueOn: null }]);
    const said = await ctx.f.say('#台账 红岩村', people.liMing, chats.township);
    expect(said.text).toContain('红岩村未销号问题 1 项');
  });

  it('lists every village of the township in a township group, village first on each line', async () => {
    await items('三星村', [{ description: '院墙开裂', dueOn: null }]);
    await items('红岩村', [{ description: '路灯坏了', dueOn: null }]);
    const said = await ctx.f.say('#台账', people.liMing, chats.township);
    expect(said.text).toContain('后叶镇未销号问题 2 项');
    expect(said.text).toContain('三星村 #1 住房：院墙开裂');
    expect(said.text).toContain('红岩村 #1 住房：路灯坏了');
  });

  it('says so when nothing is open', async () => {
    expect((await ctx.f.say('#台账')).text).toBe('三星村目前没有未销号的问题。');
  });

  it('lists the village of their last check-in for someone no group or roster ties to one', async () => {
    await ctx.f.say('#走访 王德福 三星村4组 住房×（屋顶漏雨） 责任人张华 12月5日前', people.admin, chats.privately(people.admin));
    const said = await ctx.f.say('#台账', people.admin, chats.privately(people.admin));
    expect(said.text).toContain('三星村未销号问题 1 项');
  });
});
