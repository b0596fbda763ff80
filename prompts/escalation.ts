// 三级化解 (村 → 乡): what the bot says when a village passes an item up (#上报) and when the
// township takes it on (#接办).
import { monthDay } from '../core/shanghai-calendar.ts';
import { helpPointer } from './help.ts';

const what = (item: { category: string; description: string; householdName: string | null }) =>
  `${item.category}：${item.description}${item.householdName ? `（${item.householdName}）` : ''}`;

const listItem = (village: string, no: number, description: string, reason: string | null) =>
  `${village} #${no} ${description}${reason ? `（原因：${reason}）` : ''}`;

export const escalationText = {
  needReason: (no: number) =>
    `#${no} 还没有上报：上报要写明原因（村里为什么解决不了）。请这样发：#上报 ${no} 需协调住建部门\n${helpPointer('上报')}`,
  notOpen: (no: number, status: string) =>
    status === 'review' ? `#${no} 已提交销号、等待验收，不能上报，本次没有做任何改动。` : `#${no} 已经销号，不能上报，本次没有做任何改动。`,
  already: (no: number, by: string | null, on: string, takenBy: string | null) =>
    `#${no} 已于${monthDay(on)}由${by ?? '他人'}上报乡镇${takenBy ? `，${takenBy}已接办` : '，正等乡镇接办'}，无需再报，本次没有做任何改动。`,
  noTownship: (village: string) => `${village}还没有归属乡镇，无法上报，本次没有做任何改动。请管理员发：#绑定 ${village} 乡镇名`,
  /** The sender's receipt in the village group. */
  escalated: (village: string, no: number, township: string, toldGroup: boolean, inPrivate = false) =>
    [
      `已上报${township}：${village} #${no}。`,
      toldGroup
        ? `已通知乡镇工作群，乡镇接办后会在${inPrivate ? '村里的工作群' : '本群'}告知。`
        : `${township}还没有绑定乡镇工作群，乡镇领导可发 #台账 查看。`,
    ].join('\n'),
  /** The notice in the township group: 村, 编号, 问题, 原因, 上报人, and how to take it. */
  notice: (
    village: string,
    item: { no: number; category: string; description: string; householdName: string | null },
    reason: string,
    by: string,
  ) =>
    [
      `【村级上报】${village} #${item.no}`,
      `问题：${what(item)}`,
      `原因：${reason}`,
      `上报人：${by}`,
      `接办请发：#接办 ${village} ${item.no}`,
    ].join('\n'),

  notEscalated: (no: number) => `#${no} 没有上报乡镇，不用接办；本村问题由本村干部办理。本次没有做任何改动。`,
  alreadyTaken: (no: number, by: string | null) => `#${no} 已由${by ?? '他人'}接办，本次没有做任何改动。`,
  townshipOnly: (name: string) => `${name}，抱歉，接办上报的问题需要乡镇干部或领导来操作，本次没有做任何改动。`,
  /** The taker's receipt. */
  taken: (village: string, no: number, by: string) =>
    `已接办：${village} #${no}，责任人改为${by}。办结后发：#销号 ${village} ${no} 整改情况`,
  /** The village group is told who took it. */
  takenNotice: (village: string, item: { no: number; category: string; description: string; householdName: string | null }, by: string) =>
    `【乡镇接办】${village} #${item.no} ${what(item)}\n已由${by}接办，责任人：${by}。`,

  /** `#台账` of a township: the items its villages passed up. */
  listHead: (count: number) => `已上报乡镇 ${count} 项`,
  listLine: (village: string, no: number, description: string, reason: string | null, takenBy: string | null) =>
    `${listItem(village, no, description, reason)} ${takenBy ? `${takenBy}接办` : '待接办'}`,
  /** A card row with a 接办 button: the button says it waits (and a click marks the row 已接办). */
  listItem: (village: string, no: number, description: string, reason: string | null) => listItem(village, no, description, reason),
  more: (count: number) => `……另有 ${count} 项，发 #台账 村名 查看`,
  listFooter: '接办：#接办 村名 编号',
  /** The button on a township ledger card's row still waiting to be taken on. */
  takeOverButton: '接办',
};
