// `#帮助 不同意延期`: how a leader refuses a 延期 request. Shaped like CommandManual (commands/define-command.ts).
export const refuseExtensionManual = {
  form: '#不同意延期 编号 理由',
  examples: ['#不同意延期 12 材料已到，按原时限办', '#不同意延期 7 已协调施工队本周进场'],
  mistakes: [
    { wrong: '#不同意延期 12', fix: '要写理由：#不同意延期 12 材料已到，按原时限办' },
    { wrong: '#同意延期 12 不同意', fix: '不同意请发：#不同意延期 12 理由' },
  ],
};
