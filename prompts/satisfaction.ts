// 满意度 in the digests, `#统计` and the private return-visit list. In a group only shares and
// counts are said; a household is named with its verdict only in a private chat.
import { monthDay } from '../core/shanghai-calendar.ts';
import type { SatisfactionCounts, SatisfactionFigures } from '../storage/satisfaction.ts';

const total = (c: SatisfactionCounts) => c.满意 + c.基本满意 + c.不满意;
const pct = (part: number, whole: number) => Math.round((part / whole) * 100);
/** 满意率: 满意 and 基本满意 together, the share the plans report upward. */
const rate = (c: SatisfactionCounts) => pct(c.满意 + c.基本满意, total(c));

/** `↑5个百分点` against the period before; nothing when either period has no verdicts. */
function trend(f: SatisfactionFigures): string {
  if (!total(f.current) || !total(f.previous)) return '';
  const d = rate(f.current) - rate(f.previous);
  return d === 0 ? '，与上期持平' : `，较上期${d > 0 ? '↑' : '↓'}${Math.abs(d)}个百分点`;
}

/** `满意 60%·基本满意 30%·不满意 10%`, or that nobody was asked. */
function shares(c: SatisfactionCounts): string {
  const n = total(c);
  if (!n) return '本期走访未记录满意度';
  return `${n} 户：满意 ${pct(c.满意, n)}%·基本满意 ${pct(c.基本满意, n)}%·不满意 ${pct(c.不满意, n)}%，满意率 ${rate(c)}%`;
}

function followUps(f: SatisfactionFigures): string[] {
  const out: string[] = [];
  if (f.awaitingRevisit)
    out.push(
      `不满意待回访 ${f.awaitingRevisit} 户${f.overdueRevisit ? `（${f.overdueRevisit} 户已过回访期限）` : ''}，名单请私聊我发 #待回访`,
    );
  if (f.openWishes) out.push(`微心愿未实现 ${f.openWishes} 项`);
  return out;
}

export const satisfactionText = {
  /** One village's block (weekly inspection, `#统计`): at most three short lines. */
  villageLines: (f: SatisfactionFigures): string[] =>
    total(f.current) || f.awaitingRevisit || f.openWishes ? [`满意度 ${shares(f.current)}${trend(f)}`, ...followUps(f)] : [],

  /** One village's line in the dispatch, or null when there is nothing to say. */
  dispatchLine(name: string, f: SatisfactionFigures): string | null {
    if (!total(f.current) && !f.awaitingRevisit && !f.openWishes) return null;
    const parts = [total(f.current) ? `满意率 ${rate(f.current)}%（不满意 ${f.current.不满意} 户）${trend(f)}` : '本期未记录满意度'];
    if (f.awaitingRevisit) parts.push(`待回访 ${f.awaitingRevisit} 户${f.overdueRevisit ? `（逾期 ${f.overdueRevisit}）` : ''}`);
    if (f.openWishes) parts.push(`微心愿 ${f.openWishes} 项未实现`);
    return `${name}：${parts.join('；')}`;
  },
  dispatchHead: '【满意度】',

  /** The private return-visit list (`#待回访`). */
  revisitHead: (scope: string, n: number) => `${scope} 不满意待回访 ${n} 户（仅你可见，请勿转发到群里）：`,
  revisitLine: (h: {
    householdName: string;
    village: string;
    group: string | null;
    reason: string | null;
    visitedOn: string;
    revisitBy: string;
    overdue: boolean;
    revisited: boolean;
    cadreName: string | null;
  }) =>
    `· ${h.householdName}（${h.village}${h.group ?? ''}）${monthDay(h.visitedOn)} 不满意${h.reason ? `：${h.reason}` : ''}；` +
    `${h.revisited ? '已回访，尚未记录新的满意度' : `${h.overdue ? '已过' : '请在'}${monthDay(h.revisitBy)}${h.overdue ? '回访期限' : '前回访'}`}` +
    `${h.cadreName ? `，责任人 ${h.cadreName}` : ''}`,
  revisitNone: (scope: string) => `${scope} 目前没有待回访的不满意户。`,
  revisitFooter: '回访时在走访里写“满意度：满意/基本满意/不满意”，名单随之更新。',
  privateOnly: '待回访名单涉及群众评价，只在私聊里发。请私聊我发送 #待回访。',
  needScope: '请写上村名，例如：#待回访 三星村',
};
