import { describe, expect, it, vi } from 'vitest';
import { chats, people, useIdentityFixture } from './identity-fixture.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// `#答` answers a villager's question the FAQ could not: from the answerer's own place only,
// once (a later answer is a marked correction), kept as one draft per question.
describe('#答 keeps to where a question came from', () => {
  const ctx = useIdentityFixture();
  const QUESTION = '问：村口那棵大树能不能砍';

  async function askInHongyan() {
    await ctx.f.say(QUESTION, people.villager, chats.hongyan);
    return ctx.f.prisma.faqQuestion.findFirstOrThrow();
  }

  it("refuses a 三星村 cadre answering a 红岩村 villager's question, and sends nothing there", async () => {
    const { f } = ctx;
    const q = await askInHongyan();
    const said = await f.say(`#答 ${q.id} 可以砍，找村委会`, people.zhangHua);
    expect(said.outcome.status).toBe('rejected');
    expect(said.here).toContain('红岩村群众问的');
    expect(said.here).toContain('没有做任何改动');
    expect(said.elsewhere).toEqual([]);
    expect(await f.prisma.faqQuestion.findUniqueOrThrow({ where: { id: q.id } })).toMatchObject({ status: 'open', answer: null });
    expect(await f.prisma.faqDraft.count()).toBe(0);
  });

  it("lets 红岩村's own team leader answer, into 红岩村's group", async () => {
    const { f } = ctx;
    const q = await askInHongyan();
    const said = await f.say(`#答 ${q.id} 需先报林业站审批，村委会可代办`, people.zhaoQiang, chats.hongyan);
    expect(said.outcome.status).toBe('handled');
    const toAsker = said.elsewhere.find((r) => r.to?.chatId === chats.hongyan.chatId);
    expect(toAsker?.text).toContain('林业站');
    expect(toAsker?.text).not.toContain('更正');
    expect(toAsker?.mentions).toEqual([{ id: people.villager.senderId, name: '刘大爷' }]);
  });

  it('sends a second, different answer as a marked correction, and the same answer not at all', async () => {
    const { f } = ctx;
    const q = await askInHongyan();
    await f.say(`#答 ${q.id} 需先报林业站审批`, people.zhaoQiang, chats.hongyan);
    const corrected = await f.say(`#答 ${q.id} 需先报乡镇林业站审批，村委会可代办`, people.zhaoQiang, chats.hongyan);
    expect(corrected.outcome.status).toBe('handled');
    expect(corrected.here).toContain('更正');
    const toAsker = corrected.elsewhere.find((r) => r.to?.chatId === chats.hongyan.chatId);
    expect(toAsker?.text).toMatch(/^【更正】/);
    expect(await f.prisma.faqQuestion.findUniqueOrThrow({ where: { id: q.id } })).toMatchObject({
      answer: '需先报乡镇林业站审批，村委会可代办',
      corrections: 1,
    });

    const same = await f.say(`#答 ${q.id} 需先报乡镇林业站审批，村委会可代办。`, people.zhaoQiang, chats.hongyan);
    expect(same.outcome.status).toBe('rejected');
    expect(same.here).toContain('已经这样答复过了');
    expect(same.elsewhere).toEqual([]);
    expect((await f.prisma.faqQuestion.findUniqueOrThrow({ where: { id: q.id } })).corrections).toBe(1);
  });

  it('keeps one draft per question, with the latest answer, however many groups asked it', async () => {
    const { f } = ctx;
    const hongyan = await askInHongyan();
    await f.say(QUESTION, people.villager, chats.sanxing);
    const sanxing = await f.prisma.faqQuestion.findFirstOrThrow({ where: { chatId: chats.sanxing.chatId } });
    await f.say(`#答 ${hongyan.id} 需先报林业站审批`, people.zhaoQiang, chats.hongyan);
    await f.say(`#答 ${sanxing.id} 需先报林业站审批，村委会可代办`, people.zhangHua, chats.sanxing);
    const drafts = await f.prisma.faqDraft.findMany();
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      question: '村口那棵大树能不能砍',
      answer: '需先报林业站审批，村委会可代办',
      answeredBy: '张华',
      answers: 2,
      status: 'draft',
    });
  });

  it('lists in #待答 only the questions the cadre may answer', async () => {
    const { f } = ctx;
    await askInHongyan();
    await f.say('问：晒谷场什么时候修', people.villager, chats.sanxing);
    const inGroup = await f.say('#待答', people.zhangHua);
    expect(inGroup.here).toContain('晒谷场');
    expect(inGroup.here).not.toContain('大树');
    const privately = await f.say('#待答', people.zhangHua, chats.privately(people.zhangHua));
    expect(privately.here).toContain('晒谷场');
    expect(privately.here).not.toContain('大树');
  });

  it('lets an admin answer anywhere, and refuses a number that is no question', async () => {
    const { f } = ctx;
    const q = await askInHongyan();
    const byAdmin = await f.say(`#答 ${q.id} 需先报林业站审批`, people.admin, chats.privately(people.admin));
    expect(byAdmin.outcome.status).toBe('handled');
    const none = await f.say('#答 999 随便', people.zhangHua);
    expect(none.outcome.status).toBe('rejected');
    expect(none.here).toContain('没有编号 999');
  });
});
