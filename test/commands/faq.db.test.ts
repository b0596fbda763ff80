import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { faqReplies } from '../../prompts/faq-replies.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestBot, testConfig, handled } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

describe('policy questions in a group', () => {
  let t: TestDb;
  let made: ReturnType<typeof createTestBot>;

  const villager = (text: string, over = {}) =>
    groupMessage(text, { chatId: '三星村村民群', chatName: '三星村村民群', senderId: 'wx-wang', senderName: '王德福', ...over });
  const cadre = (text: string) =>
    groupMessage(text, { chatId: '三星村村民群', chatName: '三星村村民群', senderId: 'wx-li', senderName: '李明' });

  async function say(msg: ReturnType<typeof groupMessage>) {
    const before = made.adapter.sent.length;
    await handled(made.bot, msg);
    await made.outbox.drainOnce();
    return made.adapter.sent.slice(before);
  }

  beforeEach(async () => {
    t = await createTestDb();
    made = createTestBot(t.db, { config: testConfig({ FAQ_PER_PERSON_PER_MINUTE: '3' }) });
    const village = await t.db.prisma.village.create({ data: { name: '三星村' } });
    await t.db.prisma.chatGroup.create({ data: { platform: 'console', chatId: '三星村村民群', villageId: village.id } });
    const li = await t.db.prisma.member.create({
      data: {
        name: '李明',
        role: 'cadre',
        title: '第一书记',
        villageId: village.id,
        platform: 'console',
        platformUserId: 'wx-li',
        phone: '13912345678',
      },
    });
    await t.db.prisma.member.create({
      data: { name: '王德福', role: 'villager', villageId: village.id, platform: 'console', platformUserId: 'wx-wang' },
    });
    await t.db.prisma.household.create({
      data: { villageId: village.id, headName: '王德福', group: '4组', cadreId: li.id, phone: '13812345678' },
    });
    await t.db.prisma.household.create({ data: { villageId: village.id, headName: '陈秀兰', group: '5组', cadreId: li.id } });
  });

  afterEach(async () => {
    await made.bot.stop();
    await t.destroy();
  });

  it('answers a question that starts with 问：', async () => {
    const sent = await say(villager('问：低保怎么申请？'));
    expect(sent).toHaveLength(1);
    expect(sent[0].text).toContain('低保');
    expect(sent[0].text).not.toBe(faqReplies.abstain);
  });

  it('answers a question that @-mentions the bot', async () => {
    const sent = await say(villager('娃读初中学费要不要交', { mentionsBot: true }));
    expect(sent[0].text).toMatch(/免|两免一补/);
  });

  it('stays silent on a policy word in ordinary chat', async () => {
    const sent = await say(villager('低保怎么申请的事下午再说'));
    expect(sent).toHaveLength(0);
  });

  it('keeps a question it cannot answer for the cadres and tells the asker', async () => {
    const sent = await say(villager('问：村口那棵大树能不能砍'));
    expect(sent[0].text).toBe(faqReplies.abstain);
    await say(villager('问：村口那棵大树能不能砍？'));
    const kept = await t.db.prisma.faqQuestion.findFirstOrThrow();
    expect(kept.timesAsked).toBe(2);
    expect(kept.askerName).toBe('王德福');
  });

  it('asks back with the likely topic when an entry fits only just, keeps the question, and answers the topic sent back', async () => {
    const sent = await say(villager('问：村医的电话是多少'));
    expect(sent[0].text).toBe(faqReplies.confirm('家庭医生签约服务'));
    expect((await t.db.prisma.faqQuestion.findFirstOrThrow()).text).toBe('村医的电话是多少');
    const answer = await say(villager('问：家庭医生签约服务'));
    expect(answer[0].text).toContain('家庭医生');
    expect(answer[0].text).not.toContain('你是想问');
  });

  it('lists unanswered questions for a cadre, most asked first', async () => {
    await say(villager('问：村口那棵大树能不能砍'));
    await say(villager('问：晒谷场什么时候修', { senderId: 'wx-zhao', senderName: '赵大' }));
    await say(villager('问：晒谷场什么时候修', { senderId: 'wx-zhao', senderName: '赵大' }));
    const sent = await say(cadre('#待答'));
    const lines = sent[0].text.split('\n');
    expect(lines[1]).toContain('晒谷场');
    expect(lines[1]).toContain('问了2次');
    expect(lines[2]).toContain('大树');
  });

  it('answers the asker in their group when a cadre replies with #答', async () => {
    await say(villager('问：村口那棵大树能不能砍'));
    const q = await t.db.prisma.faqQuestion.findFirstOrThrow();
    const sent = await say(cadre(`#答 ${q.id} 需先报林业站审批，村委会可代办`));
    const toAsker = sent.find((m) => m.text.includes('林业站'));
    expect(toAsker?.chatId).toBe('三星村村民群');
    expect(toAsker?.mentions[0].name).toBe('王德福');
    expect((await t.db.prisma.faqQuestion.findFirstOrThrow()).status).toBe('answered');
  });

  it('refuses #待答 from a villager', async () => {
    const sent = await say(villager('#待答'));
    expect(sent[0].text).toContain('抱歉');
  });

  it('slows down one person who floods the group, saying so once', async () => {
    const replies = [];
    for (let i = 0; i < 6; i++) replies.push(await say(villager(`问：低保怎么申请${'？'.repeat(i + 1)}`)));
    expect(replies.slice(0, 3).every((r) => r.length === 1 && r[0].text.includes('低保'))).toBe(true);
    expect(replies[3][0].text).toContain('一分钟后');
    expect(replies.slice(4).every((r) => r.length === 0)).toBe(true);
  });

  it('tells a villager their own assigned cadre privately, without phone numbers in the group', async () => {
    const sent = await say(villager('问：我家的帮扶责任人是哪个'));
    const privately = sent.find((m) => m.private);
    const inGroup = sent.find((m) => !m.private);
    expect(privately?.chatId).toBe('wx-wang');
    expect(privately?.text).toContain('李明');
    expect(inGroup?.text).not.toContain('李明');
    for (const m of sent) {
      expect(m.text).not.toMatch(/1[3-9]\d{9}/);
      expect(m.text).not.toContain('陈秀兰');
    }
  });

  it('does not guess the assigned cadre for someone not in the roster', async () => {
    const sent = await say(villager('问：我的帮扶责任人是谁', { senderId: 'wx-new', senderName: '刘新' }));
    expect(sent).toHaveLength(1);
    expect(sent[0].text).toContain('村委会');
    expect(sent[0].text).not.toContain('李明');
  });
});
