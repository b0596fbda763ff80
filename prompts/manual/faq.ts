// `#帮助 提问`: a policy question for the bot.

export const faqManual = {
  form: '问：你的问题（或 @我 再写问题）',
  examples: ['问：低保怎么申请？', '问：我的帮扶责任人是谁？'],
  mistakes: [
    { wrong: '在群里直接问，没写“问：”也没有@我', fix: '开头写“问：”：问：低保怎么申请？' },
    { wrong: '一条里问好几件事', fix: '一次问一件事，分几条发' },
    { wrong: '我答不上来就着急', fix: '问题已记下，村干部会用 #答 回复你' },
  ],
};
