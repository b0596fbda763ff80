// `#帮助`: the command list, one example each, short enough for one phone screen. Each command
// module names its own line; the list is in the registry's order (commands/help-text.ts).

// Only what a cadre uses every week is on the short list; the rest (meetings, campaigns, the
// board, appointments, the dispatch, the complaint box's admin side) is one `#帮助 命令` away.
export const helpLines = {
  heading: '【怎么用】每条以 # 开头：',
  visit: '#走访 王德福 三星村4组 脱贫户 收入√ 吃穿√ 教育√ 医疗√ 住房×（屋顶漏雨） 饮水√ 责任人李书记 一周内',
  issue: '#问题 三星村4组路灯坏了 由张主任负责 一周内',
  progress: '#进展 12 已联系电工，明天上门',
  close: '#销号 12 已更换路灯（写上怎么整改的，队长验收后销号）',
  review: '#验收 12（队长/联村领导确认销号；不合格：#验收 12 退回 理由）',
  extend: '#延期 12 月底前 材料未到（队长 #同意延期 12 后生效）',
  extensionDecision: null,
  followUp: '#回访 12 正常 满意度：满意（或：#回访 12 反弹 又漏雨了）',
  escalate: '#上报 12 原因  本村解决不了的问题报乡镇（乡镇 #接办 后群里告知）',
  takeOver: null,
  ledger: '#台账  查看本村未销号问题（#台账 12 看一项的全部经过）',
  stats: '#统计  本周走访和台账情况',
  revisits: null,
  meeting: null,
  campaign: null,
  board: null,
  faq: '问：低保怎么申请？（或 @我 提问）',
  complaint: '#意见 内容  私聊反映意见，可写 #意见 匿名 …（转乡镇接收人，不进群）',
  /** One line for the recipient's and the admin's 意见箱 commands (#回复意见, #意见接收人). */
  complaintAdmin: null,
  claim: '#认领 张华  新账号认领身份（管理员核实；或发认领码 #认领 482913）',
  /** One line for the leaders' and admins' identity commands (#认领码, #认领 确认, #解除). */
  appoint: null,
  dispatch: null,
  identityAdmin: null,
};

/** The word that asks for every command's form (`#帮助 命令`). */
export const ALL_COMMANDS_TOPIC = '命令';

/** `#帮助 命令` and `#帮助 <命令>`: one command's page, the list of all, and the pointers to them. */
export const manualText = {
  /** The last line of `#帮助`: where the longer help is. */
  more: `发“#帮助 ${ALL_COMMANDS_TOPIC}”看全部命令的写法；发“#帮助 销号”看一个命令的例子和常见错误。`,
  listHeading: '【全部命令】',
  listLine: (label: string, form: string) => `${label}：${form}`,
  listFooter: '发“#帮助 命令名”看例子和常见错误，例：#帮助 走访',
  page: (m: {
    word: string;
    label: string;
    who: string;
    form: string;
    examples: readonly string[];
    mistakes: readonly { wrong: string; fix: string }[];
  }) =>
    [
      `【#${m.word} 怎么写】（${m.label}，${m.who}可用）`,
      `格式：${m.form}`,
      '例子：',
      ...m.examples,
      '常见错误：',
      ...m.mistakes.map(
        (x) => `× ${x.wrong}
  → ${x.fix}`,
      ),
    ].join('\n'),
  unknown: (topic: string) => `没有“${topic}”这个命令。发“#帮助 ${ALL_COMMANDS_TOPIC}”查看全部命令。`,
  everyone: '所有人',
};

/** Who may run a command, as a cadre says it. */
export const roleWords: Record<string, string> = { villager: '村民', cadre: '驻村干部', leader: '队长', admin: '管理员' };

/** What an error reply ends with: the help page that shows the right way to write it. */
export const helpPointer = (word: string) => `发“#帮助 ${word}”查看写法和例子。`;
