// 意见箱 (`#意见`, `#回复意见`, `#意见接收人`). A complaint's content is said only to its sender
// and, privately, to the township's recipient; a group hears neither the content nor who wrote it.
import { monthDay } from '../core/shanghai-calendar.ts';

export const complaintText = {
  usage:
    '请把意见写在“#意见”后面，私聊发给我，例如：\n#意见 低保评定不公开，希望张榜公示\n不想留名就写：#意见 匿名 村里修路有人吃拿卡要\n意见会私下转给乡镇指定的接收人，不会发到村里的群。',
  /** Said in the group: short, and never the complaint itself. */
  inGroup: '意见请私聊我发送（点我的头像→发消息），群里发的不会转交。',
  receipt: (id: number, anonymous: boolean) =>
    `已收到您的意见，编号 ${id}。已私下转给乡镇指定的接收人${anonymous ? '（匿名：接收人看不到您的姓名和账号）' : ''}，答复会私聊发给您。`,
  noTownship: '没能确定您是哪个乡镇的。请在意见前写上村名，例如：#意见 三星村 低保评定不公开',
  noRecipient: '本乡镇还没有指定意见接收人，这条意见没有转交，也没有发到任何群。请稍后再发，或直接向乡镇纪委反映。',
  toRecipient: (c: { id: number; day: string; place: string; anonymous: boolean; senderName: string | null; text: string }) =>
    [
      `【群众意见 ${c.id}】${monthDay(c.day)}，${c.place}`,
      c.anonymous ? '反映人：匿名' : `反映人：${c.senderName ?? '未留名'}`,
      c.text,
      `答复请私聊我发：#回复意见 ${c.id} 答复内容（会私聊转给反映人）`,
    ].join('\n'),

  answerUsage: '请写上意见编号和答复，例如：#回复意见 12 已核实，本周内张榜公示',
  answerInGroup: '答复意见请私聊我发送，群里发的不会转交。',
  answerUnknown: (id: number) => `没有找到编号 ${id} 的意见，请核对编号。`,
  answerNotYours: (id: number) => `抱歉，编号 ${id} 的意见不是转给您的，只有接收人能答复。本次没有做任何改动。`,
  toSender: (id: number, answer: string) => `您反映的意见（编号 ${id}）有答复：\n${answer}\n如还有意见，可继续私聊发 #意见。`,
  answerDone: (id: number) => `已把答复私聊转给意见 ${id} 的反映人。`,

  recipientUsage: '请写上接收人姓名和乡镇，例如：#意见接收人 周纪委 后叶镇',
  unknownTownship: (name: string) => `没有找到乡镇“${name}”，请核对名称。`,
  unknownMember: (name: string) => `花名册里没有“${name}”，请先导入花名册或核对姓名。`,
  ambiguousMember: (name: string) => `花名册里有不止一位“${name}”，请先在花名册里区分（如加上职务）。`,
  villageMember: (name: string) => `${name} 属于某个村，不能做乡镇意见接收人（意见不能转给本村干部）。请指定乡镇一级的人员。`,
  noAccount: (name: string) => `${name} 还没有绑定微信或飞书账号，意见发不到。请先让其 #认领 身份，再设置。`,
  recipientSet: (name: string, township: string) => `好的，${township}的群众意见今后私下转给 ${name}。`,

  /** The dispatch: counts only, never content. */
  dispatchLine: (c: { received: number; answered: number; overdue: number }, days: number) =>
    `【群众意见】本期收到 ${c.received} 件，答复 ${c.answered} 件；超过 ${days} 天未答复 ${c.overdue} 件`,
};
