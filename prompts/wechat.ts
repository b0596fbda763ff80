// What the WeChat adapter tells the operator (in the log and on the health endpoint):
// what went wrong with the connection, and the one thing to check.

export const wechatText = {
  tokenRefused: 'puppet 服务拒绝了微信 token',
  tokenRefusedHint: '检查 WECHATY_PUPPET_SERVICE_TOKEN：是否抄错、是否已过期或被服务商停用；换了 token 后重启机器人',
  tokenFormat: '微信 token 格式不对：缺少前缀（应形如 puppet_服务商_xxxx 或 insecure_xxxx）',
  tokenFormatHint: '检查 WECHATY_PUPPET_SERVICE_TOKEN，按服务商给的原样填写',
  unreachable: '连不上微信 puppet 服务',
  unreachableHint:
    '检查 WECHATY_PUPPET_SERVICE_ENDPOINT（主机:端口）和网络，服务在本机时确认它已启动；服务端启用了 TLS 时 WECHATY_PUPPET_SERVICE_NO_TLS 应为 false。机器人会自动重连',
  discovery: '没有设置服务地址，按 token 自动查找 puppet 服务失败',
  discoveryHint: '设置 WECHATY_PUPPET_SERVICE_ENDPOINT=主机:端口（推荐），或确认本机能访问 api.chatie.io',
  tlsMismatch: '与微信 puppet 服务的加密设置不一致（TLS）',
  tlsMismatchHint: '服务端不用 TLS 时设置 WECHATY_PUPPET_SERVICE_NO_TLS=true；用 TLS 时设为 false',
  dropped: '与微信 puppet 服务的连接断开了',
  droppedHint: '通常是服务重启或网络波动，机器人会自动重连；一直连不上时检查服务端日志',
  loggedOut: '微信账号已退出登录',
  loggedOutHint: '在 puppet 服务端重新扫码登录该微信号；登录后机器人自动恢复',
  scan: (url: string) => `微信需要扫码登录，请用机器人的微信号扫码：${url}`,
  notConnected: '微信未连接，稍后重试',
  roomGone: (chatId: string) => `找不到微信群 ${chatId}（群已解散或机器人已被移出）`,
  notInRoom: (chatId: string) => `机器人已不在微信群 ${chatId} 中`,
  contactGone: (chatId: string) => `找不到微信联系人 ${chatId}`,
  stopping: '机器人正在停止，未发出的消息留在发件箱，下次启动后发送',
};
