// Words of `#绑定机器人`: registering a WeCom group's robot (群机器人) by its webhook key.

export const robotText = {
  /** Said in a group: the key is now known to everyone there, so it is to be replaced. */
  notInGroup: (name: string) =>
    `${name}，群机器人的密钥不能发在群里（群里的人都能看到，拿到密钥就能往群里发消息），本次没有登记。\n请在群设置里移除这个群机器人、重新添加一个，然后私聊我发送：#绑定机器人 村名 新密钥`,
  needPlaceAndKey: '请写成：#绑定机器人 村名 密钥（密钥是群机器人 Webhook 地址里 key= 后面那一串，也可以直接粘贴整个地址）',
  badKey: '这不像群机器人的密钥：应是 Webhook 地址里 key= 后面那一串字母、数字和短横线（也可以直接粘贴整个地址）。本次没有登记。',
  unknownVillage: (village: string) => `没有找到“${village}”。请写花名册里的村名，如：#绑定机器人 三星村 密钥。本次没有登记。`,
  noWecomGroup: (village: string) =>
    `${village}还没有绑定企业微信群：请先在那个群里 @我 发送“#绑定 ${village}”，再私聊我登记群机器人。本次没有登记。`,
  severalGroups: (village: string, count: number) =>
    `${village}绑定了 ${count} 个企业微信群，一个群机器人只能往一个群发消息，无法确定是哪个群。请只保留一个工作群的绑定后再登记。本次没有登记。`,
  registered: (village: string) =>
    `已登记${village}企业微信群的群机器人。每周督查、调度提醒和过期的回复会通过它发到群里（每分钟最多 20 条）。为安全起见，我不会复述密钥。`,
  /** Stands for the key in the stored copy of the message. */
  keyRedacted: '［群机器人密钥］',
};
