import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { groupMessage } from '../support/messages.ts';
import { createTestBot, testConfig, handled } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

// Database tests share a small machine with other suites; the defaults (5 s / 10 s) are too tight.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// Who may do what (DESIGN.md, "Roles"), as a matrix of roles × commands, all typed in
// village A's WeChat group. A refusal is polite and changes nothing. The impostor is an
// account showing cadre A's name without being linked to him: a villager, whatever it shows.
type Who = 'villager' | 'impostor' | 'cadreA' | 'cadreB' | 'leader' | 'admin';
const people: Record<Who, { id: string; name: string }> = {
  villager: { id: 'u-villager', name: '王德福' },
  impostor: { id: 'u-impostor', name: '李明' },
  cadreA: { id: 'u-cadre-a', name: '李明' },
  cadreB: { id: 'u-cadre-b', name: '赵刚' },
  leader: { id: 'u-leader', name: '周书记' },
  admin: { id: 'u-admin', name: '县管理员' },
};

interface Case {
  command: string;
  text: string;
  allowed: Who[];
  /** Reads the state the command would change. */
  state: (t: TestDb) => Promise<unknown>;
}

const cases: Case[] = [
  {
    command: 'visit',
    text: '#走访 王德福 三星村4组 脱贫户 全部达标',
    allowed: ['cadreA', 'leader', 'admin'],
    state: (t) => t.db.prisma.visit.count(),
  },
  {
    command: 'close',
    text: '#销号 1 路灯已修好',
    allowed: ['cadreA', 'leader', 'admin'],
    state: async (t) => (await t.db.prisma.issue.findFirstOrThrow({ where: { no: 1 } })).status,
  },
  {
    command: 'progress',
    text: '#进展 1 已联系电工',
    allowed: ['cadreA', 'leader', 'admin'],
    state: (t) => t.db.prisma.issueNote.count(),
  },
  {
    command: 'issue',
    text: '#问题 三星村4组水渠堵了 一周内',
    allowed: ['villager', 'impostor', 'cadreA', 'leader', 'admin'],
    state: (t) => t.db.prisma.issue.count(),
  },
  {
    command: 'review (验收)',
    text: '#验收 2',
    allowed: ['leader', 'admin'],
    state: async (t) => (await t.db.prisma.issue.findFirstOrThrow({ where: { no: 2 } })).status,
  },
  {
    command: 'extend (延期)',
    text: '#延期 1 1月15日前 材料未到',
    allowed: ['cadreA', 'leader', 'admin'],
    state: (t) => t.db.prisma.issueDeadlineRequest.count(),
  },
  {
    command: 'approveExtension (同意延期)',
    text: '#同意延期 3',
    allowed: ['leader', 'admin'],
    state: async (t) => (await t.db.prisma.issue.findFirstOrThrow({ where: { no: 3 } })).dueOn,
  },
  {
    command: 'refuseExtension (不同意延期)',
    text: '#不同意延期 3 按原时限办',
    allowed: ['leader', 'admin'],
    state: async (t) => (await t.db.prisma.issueDeadlineRequest.findFirstOrThrow()).status,
  },
  {
    command: 'followUp (回访)',
    text: '#回访 4 正常',
    allowed: ['cadreA', 'leader', 'admin'],
    state: (t) => t.db.prisma.issueFollowUp.count(),
  },
  {
    command: 'escalate (上报)',
    text: '#上报 1 需协调供电所',
    allowed: ['cadreA', 'leader', 'admin'],
    state: async (t) => (await t.db.prisma.issue.findFirstOrThrow({ where: { no: 1 } })).escalatedAt,
  },
  {
    command: 'bind',
    text: '#绑定 龙潭村',
    allowed: ['admin'],
    state: async (t) => (await t.db.prisma.chatGroup.findFirstOrThrow({ where: { chatId: 'group-a' } })).villageId,
  },
  {
    command: 'claimCode',
    text: '#认领码 钱多',
    allowed: ['leader', 'admin'],
    state: (t) => t.db.prisma.linkCode.count(),
  },
  {
    command: 'claim (confirm)',
    text: '#认领 确认 1',
    allowed: ['admin'],
    state: async (t) => (await t.db.prisma.claimRequest.findUniqueOrThrow({ where: { id: 1 } })).status,
  },
  {
    command: 'unlink',
    text: '#解除 赵刚',
    allowed: ['admin'],
    state: (t) => t.db.prisma.memberAccount.count({ where: { platformUserId: people.cadreB.id } }),
  },
];

const readsLedger: Record<Who, boolean> = { villager: false, impostor: false, cadreA: true, cadreB: false, leader: true, admin: true };

describe('who may do what', () => {
  let t: TestDb;
  let made: ReturnType<typeof createTestBot>;

  async function say(who: Who, text: string) {
    const before = made.adapter.sent.length;
    await handled(
      made.bot,
      groupMessage(text, {
        platform: 'wechat',
        chatId: 'group-a',
        chatName: '三星村工作群',
        senderId: people[who].id,
        senderName: people[who].name,
      }),
    );
    await made.outbox.drainOnce();
    return made.adapter.sent
      .slice(before)
      .map((m) => m.text)
      .join('\n');
  }

  beforeEach(async () => {
    t = await createTestDb();
    made = createTestBot(t.db, { platform: 'wechat', config: testConfig({ ADMIN_IDS: `wechat:${people.admin.id}` }) });
    const p = t.db.prisma;
    const township = await p.township.create({ data: { name: '后叶镇' } });
    const a = await p.village.create({ data: { name: '三星村', townshipId: township.id, lastIssueNo: 4 } });
    const b = await p.village.create({ data: { name: '龙潭村', townshipId: township.id } });
    await p.chatGroup.create({ data: { platform: 'wechat', chatId: 'group-a', villageId: a.id, townshipId: township.id } });
    const member = (who: Who, role: string, villageId: number | null, townshipId: number | null = null) =>
      p.member.create({
        data: {
          name: people[who].name,
          role,
          villageId,
          townshipId,
          accounts: { create: { platform: 'wechat', platformUserId: people[who].id, via: 'roster' } },
        },
      });
    await member('villager', 'villager', a.id);
    const cadreA = await member('cadreA', 'cadre', a.id, township.id);
    await member('cadreB', 'cadre', b.id, township.id);
    await member('leader', 'leader', null, township.id);
    // A roster cadre of village A with no account yet, and someone's open claim to be cadre A.
    const qian = await p.member.create({ data: { name: '钱多', role: 'cadre', villageId: a.id, townshipId: township.id } });
    await p.claimRequest.create({
      data: {
        id: 1,
        memberId: cadreA.id,
        platform: 'wechat',
        platformUserId: 'u-claimant',
        senderName: '李明',
        chatId: 'group-a',
        createdAt: new Date(),
      },
    });
    await p.household.create({ data: { villageId: a.id, headName: '王德福', group: '4组', category: '脱贫户' } });
    await p.issue.create({
      data: {
        villageId: a.id,
        no: 1,
        category: '基础设施',
        description: '4组路灯坏了',
        source: 'report',
        assignee: '张主任',
        dueOn: '2026-12-31',
      },
    });
    // #2 closed out by 钱多 and waiting for 验收; #3 with 钱多's pending 延期; #4 closed, due a 回访.
    const item = (no: number, extra: Record<string, unknown>) =>
      p.issue.create({
        data: {
          villageId: a.id,
          no,
          category: '住房',
          description: `${no}号问题`,
          source: 'report',
          assignee: '钱多',
          dueOn: '2026-12-31',
          ...extra,
        },
      });
    await item(2, { status: 'review', closedBy: '钱多', closedById: qian.id, resolution: '已修好' });
    const three = await item(3, {});
    await p.issueDeadlineRequest.create({
      data: {
        issueId: three.id,
        fromDueOn: '2026-12-31',
        toDueOn: '2027-01-20',
        reason: '材料未到',
        requestedBy: '钱多',
        requestedById: qian.id,
        requestedAt: new Date(),
      },
    });
    await item(4, { status: 'closed', closedBy: '钱多', closedById: qian.id, closedAt: new Date(), resolution: '已修好' });
  });

  afterEach(async () => {
    await made.bot.stop();
    await t.destroy();
  });

  for (const c of cases) {
    for (const who of Object.keys(people) as Who[]) {
      const allowed = c.allowed.includes(who);
      it(`${allowed ? 'lets' : 'refuses'} ${who} ${allowed ? 'run' : 'running'} ${c.command}`, async () => {
        const before = await c.state(t);
        const reply = await say(who, c.text);
        const after = await c.state(t);
        if (allowed) {
          expect(after).not.toEqual(before);
          expect(reply).not.toContain('抱歉');
        } else {
          expect(after).toEqual(before);
          expect(reply).toContain('抱歉');
          expect(reply).toContain('没有做任何改动');
        }
      });
    }
  }

  it('does not let the closer confirm their own close-out, and says why, changing nothing', async () => {
    await say('leader', '#销号 1 路灯已修好');
    expect((await t.db.prisma.issue.findFirstOrThrow({ where: { no: 1 } })).status).toBe('review');
    const reply = await say('leader', '#验收 1');
    expect(reply).toContain('抱歉');
    expect(reply).toContain('是您自己销号的');
    expect(reply).toContain('没有做任何改动');
    expect((await t.db.prisma.issue.findFirstOrThrow({ where: { no: 1 } })).status).toBe('review');
    expect(await say('admin', '#验收 1')).toContain('验收通过');
  });

  it('does not let the requester approve their own 延期', async () => {
    await say('leader', '#延期 1 1月15日前 材料未到');
    const reply = await say('leader', '#同意延期 1');
    expect(reply).toContain('是您自己申请的');
    expect((await t.db.prisma.issue.findFirstOrThrow({ where: { no: 1 } })).dueOn).toBe('2026-12-31');
  });

  for (const who of Object.keys(people) as Who[]) {
    it(`${readsLedger[who] ? 'shows' : 'does not show'} village A's ledger to ${who}`, async () => {
      const reply = await say(who, '#台账 三星村');
      if (readsLedger[who]) expect(reply).toContain('路灯');
      else {
        expect(reply).not.toContain('路灯');
        expect(reply).toContain('抱歉');
      }
    });
  }
});

// The 意见箱 commands are sent in a private chat with the bot. 周书记 (the township leader) is the
// township's recipient and the one complaint on file was sent to him; 吴委员 is another
// township-level member. One database for the block: each test resets the two 意见箱 tables.
describe('who may do what in a private chat (意见箱)', () => {
  let t: TestDb;
  let made: ReturnType<typeof createTestBot>;
  let townshipId: number;
  let leaderId: number;
  let complaintId: number;

  const privateCases: Array<Omit<Case, 'text'> & { text: () => string }> = [
    {
      command: 'complaint',
      text: () => '#意见 匿名 修路款去向不明',
      allowed: ['villager', 'impostor', 'cadreA', 'cadreB', 'leader', 'admin'],
      state: (t) => t.db.prisma.complaint.count(),
    },
    {
      command: 'complaintAnswer',
      text: () => `#回复意见 ${complaintId} 已核实，本周公示`,
      allowed: ['leader'],
      state: async (t) => (await t.db.prisma.complaint.findUniqueOrThrow({ where: { id: complaintId } })).answeredAt,
    },
    {
      command: 'complaintRecipient',
      text: () => '#意见接收人 吴委员 后叶镇',
      allowed: ['admin'],
      state: async (t) => (await t.db.prisma.complaintRecipient.findFirstOrThrow()).memberId,
    },
  ];

  beforeAll(async () => {
    t = await createTestDb();
    made = createTestBot(t.db, { platform: 'wechat', config: testConfig({ ADMIN_IDS: `wechat:${people.admin.id}` }) });
    const p = t.db.prisma;
    const township = await p.township.create({ data: { name: '后叶镇' } });
    townshipId = township.id;
    const a = await p.village.create({ data: { name: '三星村', townshipId } });
    const b = await p.village.create({ data: { name: '龙潭村', townshipId } });
    const member = (name: string, id: string, role: string, villageId: number | null) =>
      p.member.create({
        data: { name, role, villageId, townshipId, accounts: { create: { platform: 'wechat', platformUserId: id, via: 'roster' } } },
      });
    await member(people.villager.name, people.villager.id, 'villager', a.id);
    await member(people.cadreA.name, people.cadreA.id, 'cadre', a.id);
    await member(people.cadreB.name, people.cadreB.id, 'cadre', b.id);
    leaderId = (await member(people.leader.name, people.leader.id, 'leader', null)).id;
    await member('吴委员', 'u-wu', 'leader', null);
  });

  beforeEach(async () => {
    const p = t.db.prisma;
    await p.complaint.deleteMany({});
    await p.complaintRecipient.deleteMany({});
    await p.complaintRecipient.create({ data: { townshipId, memberId: leaderId } });
    const filed = await p.complaint.create({
      data: {
        townshipId,
        recipientId: leaderId,
        anonymous: true,
        text: '低保评定不公开',
        senderPlatform: 'wechat',
        senderChatId: people.villager.id,
        receivedAt: new Date(),
      },
    });
    complaintId = filed.id;
  });

  afterAll(async () => {
    await made.bot.stop();
    await t.destroy();
  });

  for (const c of privateCases) {
    for (const who of Object.keys(people) as Who[]) {
      const allowed = c.allowed.includes(who);
      it(`${allowed ? 'lets' : 'refuses'} ${who} ${allowed ? 'run' : 'running'} ${c.command}`, async () => {
        const before = await c.state(t);
        const { id, name } = people[who];
        const outcome = await handled(
          made.bot,
          groupMessage(c.text(), { platform: 'wechat', chatId: id, chatName: null, isPrivate: true, senderId: id, senderName: name }),
        );
        const reply = outcome.replies.map((r) => r.text).join('\n');
        const after = await c.state(t);
        if (allowed) {
          expect(after).not.toEqual(before);
          expect(reply).not.toContain('抱歉');
        } else {
          expect(after).toEqual(before);
          expect(reply).toContain('抱歉');
          expect(reply).toContain('没有做任何改动');
        }
      });
    }
  }
});
