// The local console channel's own words (not the bot's replies).

export const consoleText = {
  /** A picture the terminal cannot show: what it is and the file it was written to. */
  image: (alt: string, file: string) => `[图片] ${alt}\n  ${file}`,
  banner: (bot: string, speaker: string, group: string) =>
    [
      `—— ${bot} 本地试用（控制台当作一个群）——`,
      `当前：${speaker} 在「${group}」发言。`,
      '  /as 姓名      换一个人说话（/as 管理员 可绑定群）',
      '  /group 群名   换一个群（新群先 /as 管理员 发 #绑定 村名）',
      '  /quit         退出（数据保存在 data/bot.db）',
      '试试：#帮助    或    #走访 王德福 三星村4组 脱贫户 全部达标',
    ].join('\n'),
  who: (speaker: string, group: string) => `现在是 ${speaker} 在「${group}」发言。`,
  notStored: '这条消息没有存上（数据库暂时不可用），请稍后再发一次。',
  notForBot: '（不是发给机器人的消息，机器人不回复）',
  file: (name: string, path: string) => `  [附件] ${name}：${path}`,
  chatUsage: '用法：npm run cli -- chat --as 李明 --group 三星村工作队 [--at-bot] [--now ISO] "#走访 王德福 三星村4组 全部达标"',
  help: '/as 姓名 换人，/group 群名 换群，/who 看当前，/quit 退出。其余内容直接当作群消息发送。',
};
