export const USAGE_TEXT = `用法：npm run cli -- <命令>
  parse [--json] [--batch] [--now ISO]     解析一条打卡（从标准输入读）
  ask [--json] [--batch] "问题"            政策问答
  faq check [--now ISO] [--within 天数]    复核问答：出处、复核日期、已结束的政策
  faq local                               列出县、乡镇可填的本地数字和电话
  chat --as 姓名 --group 群名 [--at-bot] "内容"   把一条消息送进机器人，打印回复（--at-bot：@了机器人）
  chat --batch [--now ISO]                从标准输入读 JSON 行，每行一条消息，每行输出一个结果（--now：没写 now 的行用这个时间）
  import <花名册.xlsx|.csv>               导入村、组、农户、干部
  export ledger|visits --out 文件.xlsx     导出问题台账或走访记录
  remind --now ISO [--dry-run] [--out 目录/] 运行该时刻到期的督查、调度、提醒（--out 写出图表图片）
  accounts [姓名]                         花名册人员绑定的账号和绑定记录
  drafts [--json]                         待审核的问答草稿（#答 的答复，每个问题一条）
  review-setting <乡镇> on|off            乡镇的销号是否需要验收（默认需要）
  migrate                                 建库并应用迁移
  backup [--out 目录]                     备份数据库（机器人运行中也可以；保留最近 BACKUP_KEEP 个）
  restore 备份文件.db                      恢复备份（先停止机器人；当前数据库会先另存）`;
