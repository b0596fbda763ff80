// `#帮助 帮助`: how to ask for help.

export const helpManual = {
  form: '#帮助（或 #帮助 命令名）',
  examples: ['#帮助', '#帮助 销号'],
  mistakes: [
    { wrong: '#帮助 怎么销号（命令名不在开头）', fix: '命令名紧跟“#帮助”：#帮助 销号；全部命令：#帮助 命令' },
    { wrong: '命令前忘了 #', fix: '命令以 # 开头：#走访、#销号' },
  ],
};
