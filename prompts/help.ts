// `#帮助`: the command list, one example each, short enough for one phone screen. Each command
// module names its own line; the list is in the registry's order (commands/help-text.ts).

export const helpLines = {
  heading: '【怎么用】每条以 # 开头：',
  visit: '#走访 王德福 三星村4组 脱贫户 收入√ 吃穿√ 教育√ 医疗√ 住房×（屋顶漏雨） 饮水√ 责任人李书记 11月30日前',
  issue: '#问题 三星村4组路灯坏了 由张主任负责 一周内',
  progress: '#进展 12 已联系电工，明天上门',
  close: '#销号 12 已更换路灯（或：12号问题已销号）',
  ledger: '#台账  查看本村未销号问题',
  stats: '#统计  本周走访和台账情况',
  faq: '问：低保怎么申请？（或 @我 提问）',
  claim: '#认领 张华  新账号认领身份（管理员核实；或发认领码 #认领 482913）',
  /** One line for the leaders' and admins' identity commands (#认领码, #认领 确认, #解除). */
  appoint: '管理员：#任命 周镇长 乡镇领导 后叶镇 · #任命 王委员 联村领导 三星村,五星村',
  dispatch: '#调度  本期调度：新增、销号、整改率、逾期，附完整清单表格',
  identityAdmin: '队长/管理员：#认领码 张华 · 管理员：#认领 确认 3、#解除 张华',
};
