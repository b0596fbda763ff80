// Words for the admins who run the bot.

export const adminText = {
  platformTrouble: (platform: string, what: string, fix: string) =>
    `【机器人告警】${platform}连接出现问题：${what}\n处理：${fix}\n机器人会继续自动重试。`,
};
