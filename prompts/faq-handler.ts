// What the bot says around the FAQ in a group: asking what the question is, slowing a
// flood, the cadres' list of unanswered questions, and the assigned-cadre answer.
import { helpPointer } from './help.ts';

export const faqHandlerText = {
  empty: '请问您想了解什么政策？例如：问：低保怎么申请？',
  slowDown: (name: string) => `${name}，问得有点快，请一分钟后再问。问题已记下。`,
  forwarded: '（已记下，工作队会在群里答复）',
  assignedCadrePrivate: (household: string, cadre: string, title: string | null) =>
    `您家（${household}户）的帮扶责任人是：${cadre}${title ? `（${title}）` : ''}。有困难可以直接找他/她，或找驻村工作队、村委会。`,
  assignedCadreSent: (name: string) => `${name}，已私信告诉您本户的帮扶责任人。`,
  /** Where the bot cannot open a private chat itself (WeCom): the person writes to it first. */
  assignedCadreAskPrivately: (name: string) => `${name}，帮扶责任人只能私下告诉您：请私聊我发送“我的帮扶责任人是谁”。`,
  assignedCadreUnknown: (name: string) => `${name}，没有查到您家的登记信息，请问村委会或驻村工作队。`,
  pendingNone: '目前没有待答的问题。',
  pendingHeader: (n: number) => `待答问题 ${n} 条（问得多的在前），回复：#答 编号 内容`,
  pendingLine: (id: number, text: string, times: number, asker: string | null) =>
    `${id}. ${text}（${asker ?? '群众'}${times > 1 ? `，问了${times}次` : ''}）`,
  answerUsage: `请写编号和答复，例如：#答 3 临时救助向乡镇或村委会申请，带上身份证和困难情况说明。\n${helpPointer('答')}`,
  answerUnknown: (id: number) => `没有编号 ${id} 的待答问题，发 #待答 查看。`,
  answerToAsker: (question: string, answer: string, by: string) => `您问的“${question}”：${answer}（${by} 答复）`,
  answerDone: (id: number) => `已在原群回复第 ${id} 条，并存为问答草稿（同一问题只存一份），管理员审核后可加入问答库。`,
  answerNotYours: (name: string, id: number, village: string | null) =>
    `${name}，抱歉，第 ${id} 条是${village ?? '别处'}群众问的，只能由${village ? `${village}的干部或联村领导` : '管理员'}答复，本次没有做任何改动。`,
  answerSame: (id: number) => `第 ${id} 条已经这样答复过了，没有重复发送。要改答复，请发新的内容。`,
  answerRaced: (id: number) => `第 ${id} 条刚刚有人答复了，请发 #待答 或看群里的答复，需要的话再更正。本次没有做任何改动。`,
  correctionToAsker: (question: string, answer: string, by: string) =>
    `【更正】您问的“${question}”，答复更正为：${answer}（${by} 更正，以此为准）`,
  correctionDone: (id: number) => `第 ${id} 条已答复过，这次按【更正】发给了提问人，问答草稿也已更新。`,
};
