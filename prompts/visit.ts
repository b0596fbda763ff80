// What the bot says after a `#走访` check-in: a receipt short enough for one phone screen.
import { helpPointer } from './help.ts';
import { monthDay } from '../core/shanghai-calendar.ts';
import { CHECK_KEYS, type Checks } from '../core/checkin.ts';
import { itemLine, type ItemView, missingLines } from './ledger.ts';

export const CHECK_LABELS: Record<(typeof CHECK_KEYS)[number], string> = {
  income: '收入',
  food: '吃穿',
  education: '教育',
  medical: '医疗',
  housing: '住房',
  water: '饮水',
};

const METHOD_WORDS: Record<string, string> = { 入户: '入户走访', 电话: '电话回访', 线上: '线上走访', 院坝会: '院坝会' };

/** `收入✓ 吃穿✓ 教育✓ 医疗✓ 住房✗ 饮水—`: secured, a problem, not checked. */
export function checksLine(checks: Checks): string {
  return CHECK_KEYS.map((k) => `${CHECK_LABELS[k]}${checks[k] === true ? '✓' : checks[k] === false ? '✗' : '—'}`).join(' ');
}

export interface VisitReceipt {
  household: string;
  village: string;
  group: string | null;
  category: string | null;
  visitedOn: string;
  method: string;
  checks: Checks;
  /** How the name matched the roster, and the names it may have meant. */
  match: 'exact' | 'near-miss' | 'not-in-roster' | 'no-roster';
  suggestions: string[];
  items: ItemView[];
  /** The deadline to suggest for items written without one. */
  suggestedDue: string;
  suggestedDays: number;
  /** The household's verdict; its level is shown only when `private`. */
  satisfaction?: { level: string; reason: string | null; private: boolean; revisitBy: string | null } | null;
}

/** How every visit receipt begins; a merged message (prompts/merged-replies.ts) says it once. */
export const VISIT_RECEIPT_PREFIX = '已记录走访：';

export function visitReceipt(r: VisitReceipt): string {
  const where = [`${r.village}${r.group ?? ''}`, r.category].filter(Boolean).join('，');
  const lines = [
    `${VISIT_RECEIPT_PREFIX}${r.household}（${where}），${monthDay(r.visitedOn)}${METHOD_WORDS[r.method] ?? r.method}`,
    checksLine(r.checks),
  ];
  if (r.match === 'near-miss') {
    lines.push(`“${r.household}”不在${r.village}花名册，是不是 ${r.suggestions.join(' 或 ')}？已按原名记录，标记待核对。`);
  } else if (r.match === 'not-in-roster') {
    lines.push(`“${r.household}”不在${r.village}花名册，已记录并标记“花名册外”，请核对姓名或请管理员补录。`);
  }
  if (r.items.length) {
    lines.push(`新增问题 ${r.items.length} 项：`, ...r.items.map(itemLine));
    lines.push(...missingLines(r.items, r.suggestedDue, r.suggestedDays));
  } else {
    lines.push('未发现问题。');
  }
  if (r.satisfaction) lines.push(satisfactionReceipt(r.satisfaction));
  return lines.join('\n');
}

function satisfactionReceipt(s: NonNullable<VisitReceipt['satisfaction']>): string {
  // Even a due date would tell the group the verdict was 不满意.
  if (!s.private) return '满意度已记录（群里不显示）。';
  const due = s.revisitBy ? `，请在${monthDay(s.revisitBy)}前回访` : '';
  return `满意度：${s.level}${s.reason ? `（${s.reason}）` : ''}${due}。`;
}

export const visitText = {
  example: '#走访 王德福 三星村4组 脱贫户 收入√ 吃穿√ 教育√ 医疗√ 住房×（屋顶漏雨） 饮水√ 责任人李书记 一周内',
  fix: (messages: string[]) => [...messages, '这条没有记录，请改正后重发。', helpPointer('走访')].join('\n'),
  needHousehold: (hint: string | null) =>
    `${hint ?? '没有看到走访的是哪一户。'}\n请这样写（户主姓名写在“走访”后面）：\n${visitText.example}\n没有问题可写：#走访 王德福 三星村4组 全部达标\n${helpPointer('走访')}`,
};
