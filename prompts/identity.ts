// Who is who: claiming a roster name (#认领), claim codes (#认领码), unlinking (#解除), and
// the word to someone whose account is not confirmed yet.
import { helpPointer } from './help.ts';

const PLATFORM_NAMES: Record<string, string> = { wechat: '微信', lark: '飞书', wecom: '企业微信', console: '控制台' };
export const platformName = (platform: string) => PLATFORM_NAMES[platform] ?? platform;

/** 张华（三星村） or 张华（后叶镇）: a roster member as people tell them apart. */
export const memberLabel = (name: string, place: string | null) => (place ? `${name}（${place}）` : name);

export const identityText = {
  // Parse problems: say what to write instead.
  needName: `请写上花名册上的姓名，例：#认领 张华（同名的加村名：#认领 张华 三星村）\n${helpPointer('认领')}`,
  needCodeName: `请写上要发认领码的人，例：#认领码 张华\n${helpPointer('认领码')}`,
  needUnlinkName: `请写上要解除的人，例：#解除 张华（只解除微信：#解除 张华 微信）\n${helpPointer('解除')}`,
  badCode: (digits: number) => `认领码是 ${digits} 位数字，例：#认领 482913。请核对后再发。\n${helpPointer('认领')}`,
  needConfirmNo: `请写上认领申请的编号，例：#认领 确认 3\n${helpPointer('认领')}`,

  // A villager-level account trying a team command under a roster name.
  unconfirmed: (name: string, what: string) =>
    `${name}，抱歉，你的账号还没有确认身份，暂时不能${what}，本次没有做任何改动。\n请发“#认领 ${name}”，由管理员确认；或找队长要认领码。`,

  adminOnly: (name: string, what: string) => `${name}，抱歉，${what}只能由管理员操作，本次没有做任何改动。`,
  leaderOnly: (name: string, what: string) => `${name}，抱歉，${what}只能由队长、联村领导或管理员操作，本次没有做任何改动。`,

  // Finding the person.
  notOnRoster: (name: string) => `花名册里没有工作队员“${name}”，本次没有做任何改动。请核对姓名，或请管理员先导入花名册。`,
  ambiguous: (name: string, places: string[], example: string) =>
    `花名册里有 ${places.length} 位“${name}”：${places.join('、')}。请加上村名再发，例：${example}`,

  // #认领 张华
  claimSent: (label: string, no: number) => `已收到认领“${label}”的申请（第 ${no} 号）。管理员核实后会在这里通知你；也可以找队长要认领码。`,
  claimSentNoAdmin: (label: string, no: number) =>
    `已收到认领“${label}”的申请（第 ${no} 号），但还没有设置管理员来核实。请当面找队长要认领码。`,
  claimAgain: (label: string, no: number) => `认领“${label}”的申请已经提交过（第 ${no} 号），请等管理员核实，不用再发。`,
  alreadyYou: (label: string) => `你的账号已经确认是 ${label}，不用再认领。`,
  alreadyOther: (name: string) => `你的账号已经确认是 ${name}。如果弄错了，请管理员先发“#解除 ${name}”。本次没有做任何改动。`,
  adminClaimNotice: (
    no: number,
    platform: string,
    shownName: string,
    accountId: string,
    where: string,
    label: string,
    hasAccount: boolean,
  ) =>
    [
      `【身份认领 第${no}号】${platform}用户“${shownName}”（账号ID ${accountId}，在“${where}”）申请认领花名册上的 ${label}。`,
      ...(hasAccount ? [`注意：${label} 已经绑定了一个${platform}账号。`] : []),
      `核实是本人后回复：#认领 确认 ${no}`,
      '不是本人就不用理会，7天后自动作废。',
    ].join('\n'),
  leaderClaimNotice: (platform: string, shownName: string, where: string, label: string, name: string) =>
    [
      `【身份认领】${platform}用户“${shownName}”（在“${where}”）申请认领 ${label}。`,
      `如果是本人，请发“#认领码 ${name}”，把认领码当面交给他。`,
    ].join('\n'),

  // #认领 确认 N
  confirmAdminOnly: (name: string) => `${name}，抱歉，认领申请只能由管理员确认，本次没有做任何改动。`,
  confirmUnknown: (no: number) => `没有第 ${no} 号待确认的认领申请（可能已确认、已作废或超过7天），本次没有做任何改动。`,
  confirmed: (platform: string, shownName: string, label: string) => `已确认：${platform}用户“${shownName}”就是 ${label}，已绑定。`,
  welcome: (label: string) => `${label}，管理员已确认你的身份，现在可以使用工作队的功能了。发“#帮助”查看怎么用。`,

  // #认领码 张华
  codeFor: (label: string, code: string, hours: number) =>
    [`${label} 的认领码：${code}`, `${hours}小时内有效，只能用一次。请当面交给本人，让本人私聊我发送：#认领 ${code}`].join('\n'),
  codeSentPrivately: (name: string) => `${name}，认领码已私聊发给你，请查看。`,
  /** Where the bot cannot open a private chat itself (WeCom): no code is made until asked privately. */
  codeAskPrivately: (name: string, label: string) =>
    `${name}，认领码不能发在群里，而企业微信里我不能主动私聊你：请私聊我发送“#认领码 ${label}”。本次没有生成认领码。`,
  codeNotYours: (name: string, label: string) =>
    `${name}，抱歉，只能给本村（联村领导：本乡镇）的队员发认领码，${label}不在其中，本次没有做任何改动。`,

  // #认领 482913
  codeUnknown: (code: string) => `认领码 ${code} 不对，本次没有做任何改动。请核对数字后再发；认领码找队长或管理员要。`,
  codeUsed: (code: string) => `认领码 ${code} 已经用过了，每个码只能用一次。请找队长或管理员重新要一个。`,
  codeExpired: (code: string, hours: number) => `认领码 ${code} 已过期（${hours}小时内有效）。请找队长或管理员重新要一个。`,
  codeTooMany: '认领码试错太多次，请一小时后再试，或请管理员确认身份。本次没有做任何改动。',
  codeLinked: (label: string) => `确认成功：你是 ${label}，现在可以使用工作队的功能了。发“#帮助”查看怎么用。`,

  // #解除 张华
  unlinked: (label: string, platforms: string[]) =>
    `已解除 ${label} 的${platforms.join('、')}账号绑定，这些账号以后按群众对待。要恢复，请本人重新认领（#认领 或认领码）。`,
  nothingToUnlink: (label: string, platform: string | null) => `${label} 目前没有绑定${platform ?? ''}账号，本次没有做任何改动。`,
};
