// `#帮助 待答`: the questions the bot could not answer.

export const pendingManual = {
  form: '#待答',
  examples: ['#待答', '【待答】'],
  mistakes: [
    { wrong: '在别的村的群里看不到本村问题', fix: '在本村工作群发，或私聊我发 #待答' },
    { wrong: '看完不回答', fix: '用 #答 编号 答复 回复村民，例：#答 3 带身份证到村委会申请' },
  ],
};
