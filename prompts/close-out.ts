// What the bot says about closing out a ledger item for good: 整改情况 asked for, 验收,
// 延期 requests and decisions, 回访 (回头看), and one item shown in full.
import { monthDay } from '../core/shanghai-calendar.ts';

const day = (on: string) => monthDay(on);

export const closeOutText = {
  leadersOnly: (name: string, what: string) => `${name}，抱歉，${what}需要本村队长或联村领导来操作，本次没有做任何改动。`,
  needResolution: (no: number) => `#${no} 还没有销号：销号要写明整改情况（做了什么、结果如何）。请这样发：#销号 ${no} 已更换路灯，灯已亮`,
  submitted: (
    item: { no: number; category: string; description: string; householdName: string | null },
    by: string,
    on: string,
    resolution: string,
  ) =>
    [
      `#${item.no} 已提交销号，待验收（${by}，${day(on)}）`,
      `${item.householdName ? `${item.householdName} ` : ''}${item.category}：${item.description}`,
      `整改情况：${resolution}`,
      `请本村队长或联村领导验收：#验收 ${item.no}；不合格请发：#验收 ${item.no} 退回 理由`,
    ].join('\n'),
  alreadyWaiting: (no: number, by: string | null) => `#${no} 已提交销号${by ? `（${by}）` : ''}，正在等待验收，无需再发。`,

  confirmed: (no: number, by: string, on: string, closer: string | null) =>
    `#${no} 验收通过，已销号（验收人：${by}，${day(on)}${closer ? `；销号人：${closer}` : ''}）。`,
  returned: (no: number, by: string, reason: string) =>
    `#${no} 验收未通过，已退回重新整改（${by}）：${reason}\n整改后再发：#销号 ${no} 整改情况`,
  needReturnReason: (no: number) => `退回要写明理由，请这样发：#验收 ${no} 退回 灯还是不亮`,
  notWaiting: (no: number, status: string) =>
    status === 'closed' ? `#${no} 已经验收销号，无需再验收。` : `#${no} 还没有提交销号，没有要验收的内容。销号请发：#销号 ${no} 整改情况`,
  ownClose: (name: string, no: number) => `${name}，抱歉，#${no} 是您自己销号的，需由另一位队长或联村领导验收，本次没有做任何改动。`,
  ownItem: (name: string, no: number) => `${name}，抱歉，您是 #${no} 的责任人，需由另一位队长或联村领导验收，本次没有做任何改动。`,
  reviewDigest: (n: number) => `${n} 项待验收`,
  reviewHead: (n: number) => `待验收 ${n} 项（已提交销号，等队长或联村领导验收）：`,
  reviewFooter: '验收：#验收 编号；不合格：#验收 编号 退回 理由',

  needExtensionDate: (no: number) => `请写上新的时限和原因，例如：#延期 ${no} 1月15日前 材料未到`,
  needExtensionReason: (no: number, to: string) => `请写上延期原因，例如：#延期 ${no} ${day(to)}前 材料未到`,
  extensionNotLater: (no: number, due: string) => `新时限要晚于现在的时限（${day(due)}前），请改正后再发：#延期 ${no} 1月15日前 原因`,
  extensionNoDue: (no: number) => `#${no} 还没有时限，不用申请延期，直接补上：#进展 ${no} 时限12月10日前`,
  extensionClosed: (no: number) => `#${no} 已提交或已完成销号，不能再延期。`,
  extensionPending: (no: number, to: string, by: string) =>
    `#${no} 已有一条延期申请在等审批（${by}申请延至${day(to)}前），请先等队长或联村领导处理。`,
  extensionRequested: (no: number, from: string, to: string, reason: string, by: string) =>
    [
      `已提交 #${no} 延期申请（${by}）：${day(from)}前 → ${day(to)}前，原因：${reason}`,
      `审批前仍按原时限（${day(from)}前）计算逾期。`,
      `请队长或联村领导审批：#同意延期 ${no} 或 #不同意延期 ${no} 理由`,
    ].join('\n'),
  noExtensionRequest: (no: number) => `#${no} 没有待审批的延期申请。申请延期请发：#延期 ${no} 1月15日前 原因`,
  ownExtension: (name: string, no: number) =>
    `${name}，抱歉，#${no} 的延期是您自己申请的，需由另一位队长或联村领导审批，本次没有做任何改动。`,
  needRefusalReason: (no: number) => `不同意延期要写明理由，请这样发：#不同意延期 ${no} 材料已到，按原时限办`,
  extensionApproved: (no: number, from: string | null, to: string, by: string) =>
    `已同意 #${no} 延期（${by}）：时限${from ? `由${day(from)}前` : ''}改为${day(to)}前。`,
  extensionRefused: (no: number, due: string | null, by: string, reason: string) =>
    `未同意 #${no} 延期（${by}）：${reason}。时限仍为${due ? `${day(due)}前` : '原时限'}。`,
  progressNoDeadline: (no: number) =>
    `#${no} 已有时限，进展不能改时限。需要延期请发：#延期 ${no} 1月15日前 原因（队长或联村领导同意后生效）。本次没有做任何改动。`,

  needFollowUpOutcome: (no: number) => `请写明回访结果：#回访 ${no} 正常（可加 满意度：满意），或 #回访 ${no} 反弹 又漏雨了`,
  needReboundText: (no: number) => `反弹要写明又出现了什么问题，例如：#回访 ${no} 反弹 又漏雨了`,
  followUpNotClosed: (no: number) => `#${no} 还没有验收销号，销号后才能回访。`,
  followUpSaved: (no: number, by: string, on: string, satisfaction: string | null) =>
    `已记录 #${no} 回访（${by}，${day(on)}）：正常${satisfaction ? `，满意度：${satisfaction}` : ''}。`,
  reboundOpened: (oldNo: number, newNo: number, line: string) =>
    `已记录 #${oldNo} 回访：问题反弹，已重新登记为 #${newNo}（关联 #${oldNo}）：\n${line}\n请补上责任人和时限：#进展 ${newNo} 责任人张三 时限12月10日前`,

  reviewSetting: (township: string, on: boolean) => `${township}：销号${on ? '需要' : '不需要'}验收。`,
  unknownTownship: (name: string) => `没有找到乡镇“${name}”，请核对名称。`,
  reviewSettingUsage: '用法：npm run cli -- review-setting 后叶镇 on|off',
};

/** Labels of one item shown in full (`#台账 12`). */
export const itemDetailText = {
  statusLabel: (status: string) => (status === 'closed' ? '已销号' : status === 'review' ? '待验收' : '未销号'),
  head: (village: string, no: number, status: string) => `${village} #${no}（${itemDetailText.statusLabel(status)}）`,
  what: (category: string, description: string, household: string | null) =>
    `${household ? `${household} ` : ''}${category}：${description}`,
  assignee: (who: string | null) => `责任人：${who ?? '待定'}`,
  due: (current: string | null, original: string | null) =>
    `时限：${current ? `${day(current)}前` : '待定'}${original && original !== current ? `（原定${day(original)}前）` : ''}`,
  reported: (by: string | null, on: string) => `登记：${by ?? '未知'}，${day(on)}`,
  escalated: (by: string | null, on: string, reason: string | null, takenBy: string | null) =>
    `已上报乡镇：${by ?? '未知'}，${day(on)}${reason ? `，原因：${reason}` : ''}；${takenBy ? `${takenBy}已接办` : '待乡镇接办'}`,
  reboundOf: (no: number) => `关联：由 #${no} 回访反弹重新登记`,
  reboundTo: (nos: number[]) => `关联：回访反弹，已重新登记为 ${nos.map((n) => `#${n}`).join('、')}`,
  historyHead: '经过：',
  note: (on: string, who: string | null, what: string) => `· ${day(on)} ${who ?? ''} ${what}`,
  noteKinds: {
    progress: (text: string | null) => `进展：${text ?? ''}`,
    close: (text: string | null) => `销号：${text ?? '未填写'}`,
    reopen: (text: string | null) => `重新打开${text ? `：${text}` : ''}`,
    'review-confirm': () => '验收通过',
    'review-return': (text: string | null) => `验收退回：${text ?? ''}`,
    escalate: (text: string | null) => `上报乡镇：${text ?? ''}`,
    take: (text: string | null) => `乡镇接办${text ? `（原责任人${text}）` : ''}`,
  } as Record<string, (text: string | null) => string>,
  extension: (from: string | null, to: string, reason: string | null, status: string, decidedBy: string | null, decision: string | null) =>
    `申请延期：${from ? `${day(from)}前` : '无时限'} → ${day(to)}前${reason ? `，${reason}` : ''}（${
      status === 'approved' ? `${decidedBy}同意` : status === 'refused' ? `${decidedBy}不同意${decision ? `：${decision}` : ''}` : '待审批'
    }）`,
  followUp: (outcome: string, satisfaction: string | null, text: string | null) =>
    `回访：${outcome === 'rebound' ? `反弹${text ? `，${text}` : ''}` : '正常'}${satisfaction ? `，满意度：${satisfaction}` : ''}`,
  reviewed: (by: string, on: string) => `验收人：${by}，${day(on)}`,
};
