import { describe, expect, it, vi } from 'vitest';
import { planOverdueNudges } from '../../cadence/jobs/overdue-nudges.ts';
import { chats, people, useIdentityFixture } from '../commands/identity-fixture.ts';
import { cadenceConfig } from './cadence-support.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// The cadence addresses roster members through their linked accounts: a private note goes to
// the account linked to the leader (on the platform of the village's groups), an @-mention
// to the assignee's account on the group's platform; never to an account that only shows the name.
describe('who the cadence writes to', () => {
  const ctx = useIdentityFixture();
  const nudges = () => planOverdueNudges(ctx.f.prisma, ctx.f.clock.now, cadenceConfig());
  const fakeLeader = { platform: 'wechat' as const, senderId: 'wx-fake-li', senderName: '李明' };

  it("sends the team leader's private overdue note to his linked account, not to a stranger using his name", async () => {
    const { f } = ctx;
    await f.say('#台账', fakeLeader);
    expect((await nudges()).filter((m) => m.to.private)).toEqual([]); // 李明 has not spoken yet: nobody to write to
    await f.say('#台账', people.liMing);
    const notes = (await nudges()).filter((m) => m.to.private);
    expect(notes.map((m) => m.to)).toEqual([{ platform: 'wechat', chatId: 'wx-liming', private: true }]);
    expect(notes[0].text).toContain('#1 1组路灯坏了');
  });

  it("@-mentions the assignee's own account on each platform, and no one on a platform they have not linked", async () => {
    const { f } = ctx;
    await f.say('#台账', people.impostor);
    await f.say('#台账', { platform: 'lark', senderId: 'ou_fake', senderName: '张华' }, chats.larkSanxing);
    await f.say('#台账', people.zhangHua);
    const mentionIn = async (chatId: string) => (await nudges()).find((m) => m.to.chatId === chatId)?.mentions;
    expect(await mentionIn(chats.sanxing.chatId)).toEqual([{ id: 'wx-zhanghua', name: '张华' }]);
    expect(await mentionIn(chats.larkSanxing.chatId)).toEqual([{ id: null, name: '张华' }]);
    await f.say('#台账', { platform: 'lark', senderId: 'ou_zhang', senderName: '张华', senderMobile: '13800000102' }, chats.larkSanxing);
    expect(await mentionIn(chats.larkSanxing.chatId)).toEqual([{ id: 'ou_zhang', name: '张华' }]);
  });

  it('writes once to a leader with WeChat and Lark accounts, on the platform of his village group', async () => {
    const { f } = ctx;
    await f.say('#台账', people.liMing);
    await f.say('#认领码 李明', people.admin);
    const code = (await f.prisma.linkCode.findFirstOrThrow()).code;
    await f.say(
      `#认领 ${code}`,
      { platform: 'lark', senderId: 'ou_li', senderName: '李明' },
      { chatId: 'p2p_li', chatName: null, isPrivate: true },
    );
    const notes = (await nudges()).filter((m) => m.to.private);
    expect(notes.map((m) => m.to)).toEqual([{ platform: 'wechat', chatId: 'wx-liming', private: true }]);

    // Without a WeChat account the note reaches him on Lark.
    await f.say('#解除 李明 微信', people.admin);
    expect((await nudges()).filter((m) => m.to.private).map((m) => m.to)).toEqual([{ platform: 'lark', chatId: 'ou_li', private: true }]);
  });
});
