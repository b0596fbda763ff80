import { describe, expect, it } from 'vitest';
import { useLedgerFixture } from './ledger-fixture.ts';

// The fixture's clock: Wednesday 2026-11-25. A deadline already past or a visit dated in the
// future is stored only once the cadre confirms it (the same message ending in 确认) or
// corrects it; until then nothing is written and the reply says exactly what to send.
describe('a past deadline or a future visit date asks before it is stored', () => {
  const ctx = useLedgerFixture();
  const counts = async () => ({
    visits: await ctx.t.db.prisma.visit.count(),
    issues: await ctx.t.db.prisma.issue.count(),
  });

  it('stores no report with a past deadline and shows the line that confirms it', async () => {
    const text = '#问题 三星村4组路灯坏了 由张主任负责 2026年11月20日前';
    const said = await ctx.f.say(text);
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('11月20日');
    expect(said.text).toContain('已过');
    expect(said.text).toContain(`${text} 确认`);
    expect(await counts()).toEqual({ visits: 0, issues: 0 });
    expect((await ctx.f.inbox(said.outcome.inboxId)).reason).toMatch(/confirm/);

    const confirmed = await ctx.f.say(`${text} 确认`);
    expect(confirmed.outcome.status).toBe('handled');
    const issue = await ctx.t.db.prisma.issue.findFirstOrThrow();
    expect(issue).toMatchObject({ no: 1, dueOn: '2026-11-20', assignee: '张主任', description: '三星村4组路灯坏了' });
  });

  it('stores the report once the deadline is corrected instead', async () => {
    await ctx.f.say('#问题 三星村4组路灯坏了 2026年11月20日前');
    const said = await ctx.f.say('#问题 三星村4组路灯坏了 12月20日前');
    expect(said.outcome.status).toBe('handled');
    expect((await ctx.t.db.prisma.issue.findFirstOrThrow()).dueOn).toBe('2026-12-20');
  });

  it('stores a deadline without a year as next year’s, without asking', async () => {
    const said = await ctx.f.say('#问题 三星村4组路灯坏了 11月20日前');
    expect(said.outcome.status).toBe('handled');
    expect((await ctx.t.db.prisma.issue.findFirstOrThrow()).dueOn).toBe('2027-11-20');
  });

  it('stores no visit dated in the future and shows how to confirm or correct it', async () => {
    const text = '#走访 王德福 三星村4组 2026年12月1日 全部达标';
    const said = await ctx.f.say(text);
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('12月1日');
    expect(said.text).toContain('还没到');
    expect(said.text).toContain(`${text} 确认`);
    expect(await counts()).toEqual({ visits: 0, issues: 0 });

    const corrected = await ctx.f.say('#走访 王德福 三星村4组 11月24日 全部达标');
    expect(corrected.outcome.status).toBe('handled');
    expect((await ctx.t.db.prisma.visit.findFirstOrThrow()).visitedOn).toBe('2026-11-24');
  });

  it('stores the future-dated visit when confirmed on a line of its own', async () => {
    const said = await ctx.f.say('#走访\n户主：王德福\n村组：三星村4组\n日期：2026-12-01\n全部达标\n确认');
    expect(said.outcome.status).toBe('handled');
    expect((await ctx.t.db.prisma.visit.findFirstOrThrow()).visitedOn).toBe('2026-12-01');
  });

  it('asks before a progress note sets a past deadline, and keeps 确认 out of the note', async () => {
    await ctx.f.say('#问题 三星村4组路灯坏了 由张主任负责');
    const said = await ctx.f.say('#进展 1 已报电力所 时限2026-11-20');
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('#进展 1 已报电力所 时限2026-11-20 确认');
    let item = await ctx.t.db.prisma.issue.findFirstOrThrow({ include: { notes: true } });
    expect([item.dueOn, item.notes.length]).toEqual([null, 0]);

    const confirmed = await ctx.f.say('#进展 1 已报电力所 时限2026-11-20 确认');
    expect(confirmed.outcome.status).toBe('handled');
    item = await ctx.t.db.prisma.issue.findFirstOrThrow({ include: { notes: true } });
    expect(item.dueOn).toBe('2026-11-20');
    expect(item.notes.map((n) => n.text)).toEqual(['已报电力所 时限2026-11-20']);
  });

  it('stores neither the visit nor its items when an item’s deadline is past', async () => {
    const text = '#走访 王德福 三星村4组 住房×（屋顶漏雨） 其余正常 责任人李书记 2026-11-01前';
    const said = await ctx.f.say(text);
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain(`${text} 确认`);
    expect(await counts()).toEqual({ visits: 0, issues: 0 });

    await ctx.f.say(`${text} 确认`);
    expect(await counts()).toEqual({ visits: 1, issues: 1 });
    expect((await ctx.t.db.prisma.issue.findFirstOrThrow()).dueOn).toBe('2026-11-01');
  });
});

describe('impossible dates and bad numbers are refused and change nothing', () => {
  const ctx = useLedgerFixture();

  it('refuses a report with 2月30日 and says why', async () => {
    const said = await ctx.f.say('#问题 三星村4组路灯坏了 时限2月30日');
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('2月没有30日');
    expect(said.text).toMatch(/改正后重发|改好后重发/);
    expect(await ctx.t.db.prisma.issue.count()).toBe(0);
  });

  it('refuses a visit dated 13月1日 and says why', async () => {
    const said = await ctx.f.say('#走访 王德福 三星村4组 13月1日 全部达标');
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('没有13月');
    expect(await ctx.t.db.prisma.visit.count()).toBe(0);
  });

  it('refuses -3天内 and 1.5天内 without storing anything', async () => {
    for (const phrase of ['-3天内', '1.5天内']) {
      const said = await ctx.f.say(`#问题 三星村4组路灯坏了 ${phrase}`);
      expect(said.outcome.status).toBe('rejected');
      expect(said.text).toMatch(/整数/);
    }
    expect(await ctx.t.db.prisma.issue.count()).toBe(0);
  });

  it('refuses #销号 1.5, #销号 -3 and #进展 0 and leaves item #1 as it was', async () => {
    await ctx.f.say('#问题 三星村4组路灯坏了 由张主任负责 12月20日前');
    for (const text of ['#销号 1.5 小数', '#销号 -3', '#进展 0', '#进展 1.5 已联系']) {
      const said = await ctx.f.say(text);
      expect(said.outcome.status, text).toBe('rejected');
      expect(said.text, text).toMatch(/整数/);
      expect(said.text, text).toMatch(/例：#(销号|进展) 12/);
    }
    const item = await ctx.t.db.prisma.issue.findFirstOrThrow({ include: { notes: true } });
    expect(item).toMatchObject({ no: 1, status: 'open', resolution: null });
    expect(item.notes.filter((n) => n.kind !== 'created')).toEqual([]);
  });

  it('refuses a progress note that sets an impossible deadline', async () => {
    await ctx.f.say('#问题 三星村4组路灯坏了 由张主任负责');
    const said = await ctx.f.say('#进展 1 时限2月30日');
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('2月没有30日');
    const item = await ctx.t.db.prisma.issue.findFirstOrThrow({ include: { notes: true } });
    expect(item.dueOn).toBeNull();
    expect(item.notes.filter((n) => n.kind === 'progress')).toEqual([]);
  });
});

describe('满意度 and 微心愿 on a visit', () => {
  const ctx = useLedgerFixture();

  it('records the visit, files the wish as a 微心愿 item and keeps the satisfaction on the visit', async () => {
    const said = await ctx.f.say('#走访 王德福 三星村4组 全部达标 满意度：不满意（院墙没修） 微心愿：想要一台轮椅');
    expect(said.outcome.status).toBe('handled');
    expect(said.text).toContain('#1 微心愿：想要一台轮椅');
    const visit = await ctx.t.db.prisma.visit.findFirstOrThrow({ include: { issues: true } });
    expect(visit).toMatchObject({ satisfaction: '不满意', satisfactionReason: '院墙没修', notes: null });
    expect(visit.issues.map((i) => [i.no, i.category, i.kind, i.description, i.source])).toEqual([
      [1, '微心愿', 'wish', '想要一台轮椅', 'visit'],
    ]);
    // Written in the group: the receipt does not repeat the verdict.
    expect(said.text).toContain('满意度已记录');
    expect(said.text).not.toContain('不满意');
  });
});
