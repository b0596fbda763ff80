import { describe, expect, it } from 'vitest';
import { useLedgerFixture } from './ledger-fixture.ts';

describe('bad input gets a clear reply and is kept as typed', () => {
  const ctx = useLedgerFixture();

  async function rejected(text: string) {
    const said = await ctx.f.say(text);
    const row = await ctx.f.inbox(said.outcome.inboxId);
    return { said, row };
  }

  it('shows the form for a check-in with nothing after the command', async () => {
    const { said, row } = await rejected('#走访');
    expect(said.text).toContain('#走访 王德福 三星村4组');
    expect(row).toMatchObject({ status: 'rejected', text: '#走访' });
    expect(row.reason).toBeTruthy();
  });

  it('asks for a 10,000-character check-in to be split and keeps all of it', async () => {
    const text = `#走访 王德福 全部达标 备注：${'很长的说明'.repeat(2000)}`;
    const { said, row } = await rejected(text);
    expect(said.text).toContain('消息太长');
    expect(row.text).toBe(text);
    expect(row.reason).toContain('too long');
    expect(await ctx.t.db.prisma.visit.count()).toBe(0);
  });

  it('shows the form for a check-in of emoji only', async () => {
    const { said, row } = await rejected('#走访 😀😀😀👍');
    expect(said.text).toContain('#走访 王德福');
    expect(row).toMatchObject({ status: 'rejected', text: '#走访 😀😀😀👍' });
  });

  it('shows the form for a check-in of control characters', async () => {
    const text = '#走访 \u0007\u001b[2J\u0008\u007f';
    const { said, row } = await rejected(text);
    expect(said.text).toContain('#走访 王德福');
    expect(row).toMatchObject({ status: 'rejected', text });
  });

  it('keeps a message with NUL characters, marked where they were, and shows the form', async () => {
    const { said, row } = await rejected('#走访 \u0000\u0000');
    expect(said.text).toContain('#走访 王德福');
    expect(row).toMatchObject({ status: 'rejected', text: '#走访 \uFFFD\uFFFD' });
  });

  it('shows the form for a half-typed form', async () => {
    const { said, row } = await rejected('#走访 户主：\n村组：\n收入：');
    expect(said.text).toContain('#走访 王德福');
    expect(row.status).toBe('rejected');
  });

  it('asks for the number when a close has none', async () => {
    const { said, row } = await rejected('#销号 已经修好了');
    expect(said.text).toContain('#销号 12');
    expect(row.status).toBe('rejected');
  });

  it('asks what the problem is when a report has no text', async () => {
    const { said, row } = await rejected('#问题');
    expect(said.text).toContain('#问题 三星村4组路灯坏了');
    expect(row.status).toBe('rejected');
  });

  it('keeps an empty message in the inbox and stays silent, as for any chat', async () => {
    const said = await ctx.f.say('');
    expect(said.outcome.status).toBe('ignored');
    expect(said.replies).toEqual([]);
    expect((await ctx.f.inbox(said.outcome.inboxId)).text).toBe('');
  });
});
