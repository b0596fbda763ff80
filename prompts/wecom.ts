// Words about the WeCom (企业微信) channel: what admins are told when a reply has no way out.

export const wecomText = {
  /** For the admins on other platforms (BotError WECOM_NO_ROUTE) and the log. */
  noRoute: (chat: string) =>
    `企业微信群 ${chat} 有消息发不出去：回复链接已过期或已用过，这个群也没有登记群机器人。消息暂存在发件箱，登记群机器人后会补发。`,
  noRouteHint: '在该群添加群机器人，然后私聊机器人发送：#绑定机器人 村名 密钥',
  noPrivateRoute: (user: string) =>
    `企业微信用户 ${user} 的私聊消息发不出去：企业微信只允许在对方先私聊机器人后一小时内回复。消息暂存在发件箱。`,
  noPrivateRouteHint: '请对方先私聊机器人说一句话，暂存的消息会随后补发',
  robotGone: (chat: string) => `企业微信群 ${chat} 的群机器人密钥已失效（机器人被移除或密钥有误），消息暂存在发件箱。`,
  robotGoneHint: '在该群重新添加群机器人，然后私聊机器人发送：#绑定机器人 村名 新密钥',
};
