// Words for the admins who run the bot.

export const adminText = {
  platformTrouble: (platform: string, what: string, fix: string) =>
    `【机器人告警】${platform}连接出现问题：${what}\n处理：${fix}\n机器人会继续自动重试。`,
  /** The bot is out of a bound group: what was stopped, and how to bring it back. */
  removedFromGroup: (group: string, cancelled: number) =>
    `【机器人提醒】机器人已不在群“${group}”中（被移出或已退出）。该群的提醒已暂停${cancelled ? `，${cancelled} 条待发消息已取消` : ''}。\n如需恢复：把机器人重新拉进该群即可，绑定会自动恢复。`,
  rejoinedGroup: (group: string) => `【机器人提醒】机器人已回到群“${group}”，该群的提醒已恢复。`,
};
