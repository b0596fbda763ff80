// `#帮助 绑定机器人`: the page for registering a WeCom group's robot.

export const bindRobotManual = {
  form: '#绑定机器人 村名 密钥（只在私聊里发，只有管理员能登记）',
  examples: [
    '#绑定机器人 三星村 693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa',
    '#绑定机器人 五星村 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=2b7c11e4-1f3a-4c5d-9e8f-0a1b2c3d4e5f',
  ],
  mistakes: [
    {
      wrong: '在工作群里发 #绑定机器人 三星村 密钥',
      fix: '密钥发在群里就等于公开了：在群设置里移除并重新添加群机器人，再私聊我发送新密钥',
    },
    {
      wrong: '#绑定机器人 693a91f6-…（没写村名）',
      fix: '先写村名再写密钥：#绑定机器人 三星村 693a91f6-…',
    },
    {
      wrong: '还没在企业微信群里 #绑定 三星村 就登记群机器人',
      fix: '先在那个群里 @我 发送“#绑定 三星村”，再私聊我登记',
    },
  ],
};
