// The dispatch pack's words: the short message (≤ 15 lines on a phone, heading included) and
// the xlsx's sheet and column names. Every figure says whether it is 本期 (the period) or
// 累计 (all-time), since the two read alike and differ a lot.
import { brief, dayRange } from './cadence.ts';

/** Lines after the heading; the heading makes 15. */
export const PACK_MESSAGE_LINES = 14;

interface PackFigures {
  fromDay: string;
  lastDay: string;
  period: { created: number; closed: number; workload: number; rate: number | null };
  allTime: { total: number; closed: number; rate: number | null; open: number; overdue: number };
  villages: Array<{ name: string; created: number; closed: number; open: number; overdue: number; longest: number }>;
  overdue: Array<{ villageName: string; no: number; description: string; assignee: string | null; days: number }>;
  coverage: { households: number; visited: number };
  idleCadres: Array<{ name: string }>;
  missing: { dueOn: number; assignee: number };
  escalated?: { open: number; waiting: number };
}

const pct = (rate: number | null) => (rate === null ? '—' : `${rate}%`);
const names = (list: string[], max: number) => (list.length > max ? `${list.slice(0, max).join('、')}等${list.length}人` : list.join('、'));

export const packText = {
  subject: (label: string, fromDay: string, lastDay: string) => `${label} ${dayRange(fromDay, lastDay)}`,
  // Dates as 11月16日—30日: a run of digits in a name would be masked as if it were a phone number.
  fileName: (label: string, fromDay: string, lastDay: string) => `调度清单_${label}_${dayRange(fromDay, lastDay)}.xlsx`,
  attached: (fileName: string) => `完整清单见附件：${fileName}`,
  empty: '本期各村无新增问题，无待办、无逾期。',
  noVillages: '本乡镇还没有绑定的村。',
  /** The message's lines after the heading, at most PACK_MESSAGE_LINES, the extra lines (未归属, 附件) included. */
  lines(p: PackFigures, tail: string[]): string[] {
    const head = [
      `本期：新增${p.period.created}件，销号${p.period.closed}件，本期整改率${pct(p.period.rate)}（本期销号÷本期在办${p.period.workload}件）`,
      `累计：未销号${p.allTime.open}件，其中逾期${p.allTime.overdue}件，累计销号率${pct(p.allTime.rate)}（${p.allTime.closed}/${p.allTime.total}）`,
    ];
    const longest = p.overdue[0];
    if (longest)
      head.push(
        `逾期最长：${longest.villageName} #${longest.no} ${brief(longest.description)}，逾期${longest.days}天${longest.assignee ? `，${longest.assignee}` : ''}`,
      );
    const push = p.villages.filter((v) => v.overdue).slice(0, 3);
    if (push.length) head.push(`需重点推进：${push.map((v) => `${v.name}（逾期${v.overdue}件，最长${v.longest}天）`).join('、')}`);
    const share = p.coverage.households ? Math.round((p.coverage.visited / p.coverage.households) * 100) : null;
    head.push(
      p.coverage.households
        ? `本期走访覆盖：${p.coverage.visited}/${p.coverage.households}户（${pct(share)}）${
            p.idleCadres.length
              ? `；本期未走访：${names(
                  p.idleCadres.map((c) => c.name),
                  4,
                )}`
              : ''
          }`
        : '本期走访覆盖：未导入花名册，无法统计',
    );
    if (p.missing.dueOn || p.missing.assignee)
      head.push(`待补：缺时限${p.missing.dueOn}件，缺责任人${p.missing.assignee}件（请补上，否则无法督办）`);
    if (p.escalated?.open)
      head.push(`上报乡镇：未销号${p.escalated.open}件，其中待接办${p.escalated.waiting}件（附件“上报乡镇”列；接办发 #接办 村名 编号）`);
    const busy = p.villages.filter((v) => v.created || v.closed || v.open);
    const room = PACK_MESSAGE_LINES - head.length - tail.length;
    const shown = busy.length > room ? busy.slice(0, room - 1) : busy;
    const villageLines = shown.map(
      (v) =>
        `· ${v.name}：本期新增${v.created} 销号${v.closed}；未销号${v.open}${v.overdue ? ` 逾期${v.overdue}（最长${v.longest}天）` : ''}`,
    );
    if (shown.length < busy.length) villageLines.push(`· 另有${busy.length - shown.length}个村见附件`);
    return [...head, ...villageLines, ...tail];
  },
};

export const packSheets = {
  items: '问题清单',
  people: '责任清单',
  villages: '各村情况',
  coverage: '走访覆盖',
  idle: '本期未走访干部',
  itemColumns: ['村', '编号', '组', '户主', '类别', '问题描述', '责任人', '时限', '状态', '逾期天数', '提出日期', '销号日期', '上报乡镇'],
  escalated: (takenBy: string | null) => (takenBy ? `已上报，${takenBy}接办` : '已上报，待接办'),
  peopleColumns: ['责任人', '未销号', '其中逾期'],
  villageColumns: [
    '村',
    '本期新增',
    '本期销号',
    '本期整改率',
    '未销号',
    '逾期',
    '最长逾期天数',
    '累计销号率',
    '户数',
    '本期已走访户数',
    '本期走访覆盖率',
  ],
  coverageColumns: ['村', '组', '户类', '户数', '本期已走访', '覆盖率'],
  idleColumns: ['村', '干部', '帮扶户数'],
  status: (closed: boolean, overdue: boolean) => (closed ? '已销号' : overdue ? '逾期未销号' : '未销号'),
  percent: pct,
  noAssignee: '（未填）',
};

export const dispatchCommandText = {
  allVillages: '全部村',
  noScope: (name: string) => `${name}，抱歉，没有找到您联系的村或乡镇，请管理员用 #任命 设置后再发 #调度。本次没有做任何改动。`,
};
