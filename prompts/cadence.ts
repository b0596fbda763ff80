// The cadence's words: weekly inspection, visit day, dispatches, overdue nudges.
// Each message is a heading, a subject and short lines; the text and the Lark card are
// built from the same lines, so both say the same thing on a phone screen.
import { clipText } from '../core/clip-text.ts';

const md = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/** '11月16日—22日', or '10月26日—11月1日' across a month. */
export function dayRange(from: string, to: string): string {
  if (from === to) return md(from);
  return from.slice(0, 7) === to.slice(0, 7) ? `${md(from)}—${Number(to.slice(8, 10))}日` : `${md(from)}—${md(to)}`;
}

export const monthDay = md;

/** Keeps a ledger description to one short phrase: `max` characters and `…` when cut (masked first, see clipText). */
export function brief(text: string, max = 14): string {
  return clipText(text.replace(/\s+/g, ' ').trim(), max + 1);
}

const names = (list: string[], more: number, unit: string) => `${list.join('、')}${more > 0 ? `等${list.length + more}${unit}` : ''}`;

export const cadenceText = {
  titles: {
    weekly: '每周督查',
    'visit-day': '周二走访日',
    dispatch: '半月调度',
    monthly: '月度调度',
    nudge: '逾期提醒',
    escalation: '逾期升级',
  },
  heading: (heading: string, subject: string) => `【${heading}】${subject}`,
  cardTitle: (heading: string, subject: string) => `${heading} · ${subject}`,
  unassigned: '未指定责任人',
  noCadre: '未分配干部',

  /** One ledger item as a line: number, what, whose household, how late, who acts. */
  item: (i: {
    no: number;
    description: string;
    householdName: string | null;
    overdueDays: number;
    assignee: string | null;
    villageName?: string;
  }) =>
    `· ${i.villageName ? `${i.villageName} ` : ''}#${i.no} ${brief(i.description)}${i.householdName ? `（${i.householdName}）` : ''}逾期${i.overdueDays}天，${i.assignee ?? '未指定责任人'}`,
  moreItems: (n: number) => `· 另有${n}件，发 #台账 查看`,

  weekly: {
    visits: (total: number, perCadre: string[]) => `走访：本周共${total}户${perCadre.length ? `（${perCadre.join('，')}）` : ''}`,
    perCadre: (name: string, n: number) => `${name}${n}户`,
    noVisits: '走访：本周没有走访记录',
    idle: (list: string[]) => `本周未走访：${list.join('、')}`,
    staleHead: (n: number, days: number) => `${days}天未走访：共${n}户`,
    staleLine: (cadre: string, households: string[], more: number) => `· ${cadre}：${names(households, more, '户')}`,
    noStale: (days: number) => `各户均在${days}天内走访过`,
    ledger: (open: number, overdue: number) => `台账：未销号${open}件，其中逾期${overdue}件`,
    ledgerNoOverdue: (open: number) => `台账：未销号${open}件，本周无逾期问题`,
    allClear: '本周无逾期问题，台账无待办。',
  },

  visitDay: {
    intro: '今天是固定走访日，请优先走访：',
    household: (name: string, daysSince: number | null) => `${name}（${daysSince === null ? '从未走访' : `${daysSince}天未访`}）`,
    cadreLine: (cadre: string, households: string[], more: number) => `· ${cadre}：${names(households, more, '户')}`,
    allVisited: (days: number) => `各户均在${days}天内走访过，今天可回访重点户。`,
    noRoster: '本村未导入花名册，无法判断哪些户该走访。请管理员导入花名册（含户主、组、户类、帮扶责任人）。',
  },

  monthly: {
    subject: (township: string, month: number) => `${township} ${month}月台账销号`,
    total: (created: number, closed: number, open: number) => `全乡镇：新增${created}件，销号${closed}件，月底未销号${open}件`,
    village: (name: string, created: number, closed: number, open: number) => `· ${name}：新增${created} 销号${closed} 未销号${open}`,
    categories: (parts: string[]) => `  ${parts.join('；')}`,
    category: (name: string, created: number, closed: number) => `${name} 新增${created} 销号${closed}`,
    quietVillages: (list: string[]) => `· 本月无台账变动：${list.join('、')}`,
    allClear: (month: number) => `${month}月各村无新增问题，月底无待办。`,
  },

  nudge: {
    head: (n: number) => `以下${n}件问题已过办理期限：`,
    ask: '请责任人尽快办理，办完发“#销号 编号 办理结果”。',
    leaderHead: (n: number) => `您联系的村有${n}件问题已过办理期限：`,
    leaderVillage: (village: string, n: number) => `${village}${n}件：`,
    leaderAsk: '请督促责任人办理。',
  },

  escalation: {
    head: (days: number) => `以下问题逾期已超过${days}天，请联村领导督办：`,
  },
};

/** The `remind` command's preview lines. */
export const remindText = {
  usage: '用法：npm run cli -- remind --now 2026-11-23T09:00:00+08:00 [--dry-run]',
  badNow: (value: string) => `--now 不是有效时间：${value}`,
  at: (day: string, clock: string, weekday: string, dryRun: boolean) =>
    `${day} ${clock}（${weekday}）${dryRun ? '预览，不写入数据库' : ''}`,
  weekdays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  quiet: (range: string) => `此刻在免打扰时段（${range}），不发送；到期的提醒在免打扰结束后发出。`,
  offDay: (next: string) => `今天不是工作日，走访日、提醒和调度顺延到 ${next}。`,
  nothing: '此刻没有到期的督查、调度或提醒。',
  run: (title: string, key: string, status: 'ran' | 'done-before' | 'preview', n: number) =>
    `== ${title}（${key}）${status === 'ran' ? `：已加入发送队列，${n} 条` : status === 'preview' ? `：将发送 ${n} 条` : '：已经运行过，不再发送'}`,
  group: (name: string, platform: string, chatId: string) => `→ 群「${name}」 ${platform}:${chatId}`,
  private: (name: string, platform: string, chatId: string) => `→ 私聊 ${name} ${platform}:${chatId}`,
  empty: '（没有要发送的消息）',
};
