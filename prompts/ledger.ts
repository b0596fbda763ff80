// What the bot says about ledger items (问题台账): new items, progress, close-out, the list.
import { helpPointer } from './help.ts';
import { clipText } from '../core/clip-text.ts';
import { daysBetween, monthDay, shortDay } from '../core/shanghai-calendar.ts';
import type { OpenIssue } from '../storage/issues.ts';

export interface ItemView {
  no: number;
  category: string;
  description: string;
  assignee: string | null;
  dueOn: string | null;
}

/** `#12 住房：屋顶漏雨（李书记，11月30日前）` */
export function itemLine(item: ItemView): string {
  const who = item.assignee ?? '责任人待定';
  const when = item.dueOn ? `${monthDay(item.dueOn)}前` : '时限待定';
  return `#${item.no} ${item.category}：${item.description}（${who}，${when}）`;
}

const numbers = (items: ItemView[]) => items.map((i) => `#${i.no}`).join('、');

/** What a new item still needs, with the exact line to send to supply it. */
export function missingLines(items: ItemView[], suggestedDue: string, suggestedDays: number): string[] {
  const lines: string[] = [];
  const noDue = items.filter((i) => !i.dueOn);
  const noAssignee = items.filter((i) => !i.assignee);
  if (noDue.length) {
    lines.push(
      `待补充：${numbers(noDue)} 没有时限，建议${suggestedDays}天内（${monthDay(suggestedDue)}前）。回复：#进展 ${noDue[0].no} 时限${monthDay(suggestedDue)}前`,
    );
  }
  if (noAssignee.length) {
    lines.push(`待补充：${numbers(noAssignee)} 没有责任人。回复：#进展 ${noAssignee[0].no} 责任人张三`);
  }
  return lines;
}

/** What one ledger line shows: an open item without its storage keys. */
export type LedgerLine = Omit<OpenIssue, 'villageId'>;

const MAX_DESCRIPTION = 24;

/** `#12 王德福 住房：屋顶漏雨 李书记 11/30 逾期3天`; the village leads when several are listed. */
export function ledgerLine(item: LedgerLine, today: string, withVillage: boolean): string {
  const description = clipText(item.description, MAX_DESCRIPTION);
  const parts = [`#${item.no}`];
  if (withVillage) parts.unshift(item.villageName);
  if (item.householdName) parts.push(item.householdName);
  parts.push(`${item.category}：${description}`, item.assignee ?? '责任人待定');
  if (!item.dueOn) parts.push('时限待定');
  else {
    const late = daysBetween(item.dueOn, today);
    parts.push(shortDay(item.dueOn));
    if (late > 0) parts.push(`逾期${late}天`);
    else if (late === 0) parts.push('今天到期');
  }
  if (item.escalated) parts.push('【已上报乡镇】');
  return parts.join(' ');
}

export const ledgerText = {
  title: (scope: string, open: number, overdue: number) => `${scope}未销号问题 ${open} 项${overdue ? `（逾期 ${overdue} 项）` : ''}`,
  page: (title: string, page: number, pages: number) => (pages > 1 ? `${title}（${page}/${pages}）` : title),
  empty: (scope: string) => `${scope}目前没有未销号的问题。`,
  footer: '销号：#销号 编号 整改情况',
  /** A #进展 or #销号 without a usable number: the parser's reason, then the help to ask for. */
  needNo: (reason: string, verb: string) => `${reason}\n${helpPointer(verb)}`,
  closeButton: '销号',
  reviewButton: '验收',

  issueAdded: (where: string, villager: boolean) =>
    villager ? `已登记问题（${where}），已转驻村工作队处理：` : `已登记问题（${where}）：`,
  villagerNext: '工作队会安排责任人和时限，有进展会在群里说。',
  needIssue: `没有看到问题内容。请这样写：\n#问题 三星村4组路灯坏了 由张主任负责 一周内\n${helpPointer('问题')}`,

  /** The number was given, then its check-in was recalled: the item is void, the number not reused. */
  withdrawnNo: (village: string, no: number) => `${village} #${no} 已作废（登记它的消息已撤回），不在台账上，本次没有做任何改动。`,
  unknownNo: (village: string, no: number) => `${village}没有 #${no} 号问题，请核对编号。发“#台账”查看未销号问题。`,
  alreadyClosed: (no: number, closedOn: string, by: string | null) =>
    `#${no} 已于${monthDay(closedOn)}销号${by ? `（${by}）` : ''}，无需再操作。`,
  closedNoProgress: (no: number, closedOn: string) =>
    `#${no} 已于${monthDay(closedOn)}销号，不再记录进展。如问题又出现，请重新上报：#问题 …`,
  needProgressText: (no: number) => `请写上进展内容，例如：#进展 ${no} 已联系水管所，明天上门\n${helpPointer('进展')}`,
  progressSaved: (item: ItemView, note: string, by: string, on: string) =>
    `已记录 #${item.no} 进展（${by}，${monthDay(on)}）：${note}\n${itemLine(item)}`,
  progressChanges: (changes: { assignee?: string; dueOn?: string }) =>
    `${[changes.assignee ? `责任人：${changes.assignee}` : null, changes.dueOn ? `时限：${monthDay(changes.dueOn)}前` : null].filter(Boolean).join('，')}（已更新）`,
  closed: (item: ItemView & { householdName: string | null }, by: string, on: string, resolution: string | null) =>
    [
      `#${item.no} 已销号（${by}，${monthDay(on)}）`,
      `${item.householdName ? `${item.householdName} ` : ''}${item.category}：${item.description}`,
      `整改情况：${resolution ?? '未填写'}`,
    ].join('\n'),
  /** Under a 销号 receipt when the item has photos as evidence. */
  photosAttached: (count: number) => `已附照片 ${count} 张`,
};

/** Words about which village a command is for. */
export const villageText = {
  unknown: (name: string, suggestions: string[]) =>
    `没有找到“${name}”。${suggestions.length ? `是不是 ${suggestions.join(' 或 ')}？` : '请核对村名，或请管理员先导入花名册。'}本次没有做任何改动。`,
  needForTownship: (example: string) => `本群是乡镇群，有多个村，请写明村名，例如：${example}`,
  need: (example: string) => `请写明是哪个村，例如：${example}`,
  notOwn: (name: string, village: string) => `${name}，抱歉，只能上报本村（${village}）的问题，本次没有做任何改动。`,
};
