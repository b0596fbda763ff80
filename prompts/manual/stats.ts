// `#帮助 统计`: this week's figures.

export const statsManual = {
  form: '#统计（或 #统计 村名）',
  examples: ['#统计', '#统计 三星村'],
  mistakes: [
    { wrong: '#统计 后面接本周工作总结', fix: '只写“#统计”或“#统计 村名”；总结直接发，不加 #统计' },
    { wrong: '想看上周的数字', fix: '#统计 只算本周（周一到周日）；上周的看周一督查消息' },
  ],
};
