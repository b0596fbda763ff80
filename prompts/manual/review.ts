// `#帮助 验收`: how a leader confirms or sends back a close-out.
// Shaped like CommandManual (commands/define-command.ts), which prompts/ cannot import.
export const reviewManual = {
  form: '#验收 编号（通过）或 #验收 编号 退回 理由',
  examples: ['#验收 12', '#验收 12 退回 灯还是不亮，请重新整改'],
  mistakes: [
    { wrong: '#验收 12 退回', fix: '退回要写理由：#验收 12 退回 灯还是不亮' },
    { wrong: '自己销号的问题自己验收', fix: '请另一位队长或联村领导发 #验收 12' },
    { wrong: '#验收 还没销号的问题', fix: '先由责任人发 #销号 12 整改情况，再验收' },
  ],
};
