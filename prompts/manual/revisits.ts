// `#帮助 待回访`: the private list of 不满意 households due a return visit.

export const revisitsManual = {
  form: '#待回访 [村名]（只在私聊里发）',
  examples: ['#待回访', '#待回访 三星村'],
  mistakes: [
    { wrong: '在村工作群里发 #待回访', fix: '名单涉及群众评价，请私聊我发 #待回访' },
    { wrong: '#待回访 王德福（写了户主名）', fix: '只写村名或不写：#待回访 三星村；回访后在 #走访 里写“满意度：基本满意”' },
  ],
};
