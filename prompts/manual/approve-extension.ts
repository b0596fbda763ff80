// `#帮助 同意延期`: how a leader approves a 延期 request. Shaped like CommandManual (commands/define-command.ts).
export const approveExtensionManual = {
  form: '#同意延期 编号',
  examples: ['#同意延期 12', '#同意延期 三星村 12（在乡镇群里写明村名）'],
  mistakes: [
    { wrong: '自己申请的延期自己同意', fix: '请另一位队长或联村领导发 #同意延期 12' },
    { wrong: '#同意延期 12（还没有人申请）', fix: '先由责任人发 #延期 12 1月15日前 原因' },
  ],
};
