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
  /** An item still without 时限 or 责任人, with who reported it, until someone fills them in. */
  missingItem: (i: {
    no: number;
    description: string;
    householdName: string | null;
    dueOn: string | null;
    assignee: string | null;
    reportedBy: string | null;
    villageName?: string;
  }) =>
    `· ${i.villageName ? `${i.villageName} ` : ''}#${i.no} ${brief(i.description)}${i.householdName ? `（${i.householdName}）` : ''}缺${[
      i.dueOn ? null : '时限',
      i.assignee ? null : '责任人',
    ]
      .filter(Boolean)
      .join('、')}${i.reportedBy ? `，${i.reportedBy}登记` : ''}`,
  missingAsk: '请补上：#进展 编号 时限12月10日前 责任人张三',

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
    missingHead: (n: number) => `缺时限或责任人：${n}件`,
    reviewHead: (n: number) => `待验收：${n}件（请队长或联村领导发 #验收 编号）`,
    reviewItem: (i: { no: number; description: string; householdName: string | null; closedBy: string | null }) =>
      `· #${i.no} ${brief(i.description)}${i.householdName ? `（${i.householdName}）` : ''}${i.closedBy ? `，${i.closedBy}提交销号` : ''}`,
    followUpHead: (n: number, days: number) => `待回访：${n}件（销号满${days}天，请销号人回访：#回访 编号 正常）`,
    followUpItem: (i: { no: number; description: string; householdName: string | null; closedBy: string | null; closedOn: string }) =>
      `· #${i.no} ${brief(i.description)}${i.householdName ? `（${i.householdName}）` : ''}${md(i.closedOn)}销号，${i.closedBy ?? '销号人'}回访`,
    /** Assignees the bot cannot @ on this platform: named, with how to fix it. */
    notLinked: (names: string[]) => `未关联账号、无法提醒：${names.join('、')}（请本人在群里发“#认领 姓名”）`,
  },

  visitDay: {
    intro: '今天是固定走访日，请优先走访：',
    household: (name: string, daysSince: number | null) => `${name}（${daysSince === null ? '从未走访' : `${daysSince}天未访`}）`,
    cadreLine: (cadre: string, households: string[], more: number) => `· ${cadre}：${names(households, more, '户')}`,
    allVisited: (days: number) => `各户均在${days}天内走访过，今天可回访重点户。`,
    noRoster: '本村未导入花名册，无法判断哪些户该走访。请管理员导入花名册（含户主、组、户类、帮扶责任人）。',
  },

  dispatch: {
    push: (list: string[]) => `需重点推进：${list.join('、')}`,
    pushVillage: (village: string, overdue: number, longest: number) => `${village}（逾期${overdue}件，最长${longest}天）`,
    village: (v: { name: string; created: number; closed: number; open: number; overdue: number; longest: number; rate: number | null }) =>
      `· ${v.name}：新增${v.created} 销号${v.closed} 未销号${v.open}` +
      (v.overdue ? ` 逾期${v.overdue}（最长${v.longest}天）` : ' 无逾期') +
      (v.rate === null ? '' : ` 销号率${v.rate}%`),
    quietVillages: (list: string[]) => `· 无新增、无待办：${list.join('、')}`,
    allClear: '本期各村无新增问题，无待办、无逾期。',
    noVillages: '本乡镇还没有绑定的村。',
    awaitingReview: (n: number) => `另有${n}项待验收（已提交销号，不计入销号率）`,
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
    missingHead: (n: number) => `以下${n}件问题还没有时限或责任人：`,
    leaderMissingHead: (n: number, days: number) => `以下${n}件问题登记超过${days}天，仍没有时限和责任人，请定人定时限：`,
  },

  /** Several runs due at once (after a long holiday): one message per chat. */
  merged: {
    heading: (n: number) => `【今日汇总】以下${n}项提醒一并发送：`,
    cardTitle: (n: number, label: string) => `今日汇总（${n}项） · ${label}`,
    section: (title: string) => `【${title}】`,
  },

  escalation: {
    head: (days: number) => `以下问题逾期${days}天及以上，请联村领导督办：`,
  },
};

/** The `remind` command's preview lines. */
export const remindText = {
  usage: '用法：npm run cli -- remind --now 2026-11-23T09:00:00+08:00 [--dry-run] [--out 图片目录/]',
  image: (file: string, alt: string) => `[图片] ${alt}\n  已写入 ${file}`,
  imageNotWritten: (alt: string) => `[图片] ${alt}（加 --out 目录/ 可写出图片）`,
  imagesWritten: (n: number, dir: string) => `共写出 ${n} 张图片到 ${dir}`,
  badNow: (value: string) => `--now 不是有效时间：${value}`,
  at: (day: string, clock: string, weekday: string, dryRun: boolean) =>
    `${day} ${clock}（${weekday}）${dryRun ? '预览，不写入数据库' : ''}`,
  weekdays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  quiet: (range: string) => `此刻在免打扰时段（${range}），不发送；到期的提醒在免打扰结束后发出。`,
  offDay: (next: string, reason: string) => `今天不是工作日（${reason}），走访日、提醒和调度顺延到 ${next}。`,
  movedRun: (title: string, minuteOfDay: number, movedTo: string) =>
    `${title}（原定${Math.floor(minuteOfDay / 60)}:${String(minuteOfDay % 60).padStart(2, '0')}）→ ${movedTo}`,
  moved: (runs: string[]) => `今天原定的提醒顺延：${runs.join('；')}。节假日压下的提醒在同一时刻发出，每个群合并成一条。`,
  nothing: '此刻没有到期的督查、调度或提醒。',
  run: (title: string, key: string, status: 'ran' | 'done-before' | 'preview', n: number) =>
    `== ${title}（${key}）${status === 'ran' ? `：已加入发送队列，${n} 条` : status === 'preview' ? `：将发送 ${n} 条` : '：已经运行过，不再发送'}`,
  group: (name: string, platform: string, chatId: string) => `→ 群「${name}」 ${platform}:${chatId}`,
  private: (name: string, platform: string, chatId: string) => `→ 私聊 ${name} ${platform}:${chatId}`,
  empty: '（没有要发送的消息）',
};

/** The work calendar's own words: why a day is off, and the warning for a year with no arrangement. */
export const calendarText = {
  /** For the log at start, GET /health and `cli remind`. */
  missingYears: (years: number[]) =>
    `${years.join('、')}年的节假日安排没有数据（chinese-days 尚未收录），暂按固定法定节日推算：` +
    '元旦1月1日、除夕至初三（农历）、清明（节气）、劳动节只算5月1日（5月2日至5日每年另行安排）、端午、中秋、国庆10月1日至7日；' +
    '不知道调休上班日。国务院公布安排后，请升级 chinese-days，或用 EXTRA_HOLIDAYS、EXTRA_WORKDAYS 补上。',
  reason: (off: { kind: 'extra' } | { kind: 'weekend' } | { kind: 'holiday'; name: string } | { kind: 'statutory'; name: string }) => {
    switch (off.kind) {
      case 'extra':
        return '本地放假（EXTRA_HOLIDAYS）';
      case 'weekend':
        return '周末';
      case 'holiday':
        return off.name || '法定节假日';
      case 'statutory':
        return `${off.name}，按固定法定节日推算`;
    }
  },
};
