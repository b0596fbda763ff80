// `#帮助 进展`: a note in an item's history; it may also change the deadline or who is responsible.

export const progressManual = {
  form: '#进展 编号 进展情况（可加：时限… 责任人…）',
  examples: ['#进展 12 已联系电工，明天上门', '#进展 12 时限一周内 责任人张主任'],
  mistakes: [
    { wrong: '#进展 已联系电工（没写编号）', fix: '编号写在“#进展”后面：#进展 12 已联系电工；编号见 #台账' },
    { wrong: '只写编号不写内容：#进展 12', fix: '写上做了什么：#进展 12 已联系电工' },
    { wrong: '给已销号的问题记进展', fix: '问题又出现时重新上报：#问题 …' },
  ],
};
