// The charts' words: titles, what each bar is, the notes under them. The headings are the
// digests' own (【半月调度】…), so a picture and the text beside it say the same thing.
import { cadenceText, dayRange } from './cadence.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;

export const chartText = {
  ledger: {
    title: (cadence: 'weekly' | 'dispatch', scope: string, from: string, to: string) =>
      `【${cadenceText.titles[cadence]}】${scope} ${dayRange(from, to)}`,
    subtitle: (villages: number) => (villages > 1 ? '各村问题台账（件），逾期多的排在前面' : '问题台账（件）'),
    created: '新增',
    closed: '销号',
    overdue: '逾期',
    awaitingCheck: '待验收',
  },
  coverage: {
    title: (scope: string, from: string, to: string) => `【走访覆盖】${scope} ${dayRange(from, to)}`,
    subtitle: (households: string, target: number) => `${households}走访覆盖率，目标${percent(target)}，差得多的排在前面`,
    bar: (share: number, visited: number, total: number) => `${percent(share)}（${visited}/${total}户）`,
    target: (target: number) => `目标${percent(target)}`,
    noHouseholds: (villages: string[]) => `无应访户：${villages.join('、')}`,
  },
  trend: {
    title: (scope: string, periods: number) => `【台账走势】${scope}${periods ? ` 近${periods}期` : ''}`,
    subtitle: (from: string, to: string) => `${dayRange(from, to)}，每期期末的数`,
    open: '未销号',
    overdue: '逾期',
    closeRate: '整改率',
    /** The period's first day, as short as a phone's axis needs: '11/16'. */
    periodLabel: (from: string) => `${Number(from.slice(5, 7))}/${Number(from.slice(8, 10))}`,
    rate: percent,
  },
  noData: '本期无数据',
} as const;

/** A digest's picture in words: the platform's caption, the console's line, a screen reader's text. */
export const digestImageText = {
  alt: (heading: string, scope: string, from: string, to: string) =>
    `【${heading}】${scope} ${dayRange(from, to)} 图表：各村新增、销号、逾期，走访覆盖，台账走势`,
  /** Which households the coverage counts: the whole roster of the village. */
  households: '花名册农户',
} as const;
