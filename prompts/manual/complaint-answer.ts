// `#帮助 回复意见`: the recipient answers a complaint; the answer reaches its sender privately.

export const complaintAnswerManual = {
  form: '#回复意见 编号 答复内容（私聊发给我）',
  examples: ['#回复意见 12 已核实，本周内张榜公示', '#回复意见 3 已转镇纪委调查，结果会再告知'],
  mistakes: [
    { wrong: '#回复意见 已处理（没写编号）', fix: '编号在转来的意见第一行：#回复意见 12 已处理' },
    { wrong: '在群里发 #回复意见 …', fix: '私聊我发送，答复只转给反映人' },
  ],
};
