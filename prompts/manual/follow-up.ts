// `#帮助 回访`: how a cadre records a 回头看 of a closed item. Shaped like CommandManual (commands/define-command.ts).
export const followUpManual = {
  form: '#回访 编号 正常 [满意度：满意|基本满意|不满意]，或 #回访 编号 反弹 又出现的问题',
  examples: ['#回访 12 正常 满意度：满意', '#回访 12 反弹 又漏雨了'],
  mistakes: [
    { wrong: '#回访 12', fix: '写明结果：#回访 12 正常，或 #回访 12 反弹 又漏雨了' },
    { wrong: '#回访 12 反弹', fix: '写明又出现了什么：#回访 12 反弹 又漏雨了' },
    { wrong: '#回访 还没销号的问题', fix: '未销号的问题请发 #进展 12 …' },
  ],
};
