import { describe, expect, it, vi } from 'vitest';
import { runAccounts } from '../../bot/cli/accounts.ts';
import { runDrafts } from '../../bot/cli/drafts.ts';
import { chats, people, useIdentityFixture } from './identity-fixture.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// What the county IT person and the FAQ maintainer read: who is linked to which account and
// how, and the cadres' answers waiting for review.
describe('cli accounts and cli drafts', () => {
  const ctx = useIdentityFixture();

  async function run(fn: typeof runAccounts, ...positionals: string[]) {
    const lines: string[] = [];
    const code = await fn(ctx.t.db, { values: {}, positionals }, (l) => lines.push(l));
    return { code, text: lines.join('\n') };
  }

  it('lists each roster member with their accounts and the link log', async () => {
    const { f } = ctx;
    await f.say('#台账', people.zhangHua);
    await f.say('#解除 张华', people.admin);
    const { code, text } = await run(runAccounts);
    expect(code).toBe(0);
    expect(text).toContain('张华（三星村） 驻村工作队员：未绑定');
    expect(text).toMatch(/绑定 张华 微信 wx-zhanghua（花名册ID）/);
    expect(text).toMatch(/解除 张华 微信 wx-zhanghua（管理员，县管理员）/);
    expect((await run(runAccounts, '李明')).text).not.toContain('张华');
  });

  it('lists one draft per answered question', async () => {
    const { f } = ctx;
    await f.say('问：村口那棵大树能不能砍', people.villager, chats.sanxing);
    const q = await f.prisma.faqQuestion.findFirstOrThrow();
    await f.say(`#答 ${q.id} 需先报林业站审批`, people.zhangHua);
    await f.say(`#答 ${q.id} 需先报乡镇林业站审批`, people.zhangHua);
    const { text } = await run(runDrafts);
    expect(text).toContain('待审核的问答草稿 1 条');
    expect(text).toContain('问：村口那棵大树能不能砍');
    expect(text).toContain('答：需先报乡镇林业站审批（张华，改过1次；1个群共问1次）');
  });
});
