// `#看板`'s page of help: how it is written, examples, the mistakes people make (the shape
// is commands/define-command.ts's CommandManual; prompts sit below commands, so it is not imported).

export const boardManual = {
  form: '#看板',
  examples: ['#看板', '@小助手 #看板'],
  mistakes: [
    { wrong: '#看板 三星村', fix: '只发“#看板”：链接看哪些村由您的身份决定（干部看本村，乡镇领导看全乡镇）。' },
    { wrong: '把看板链接转发到群里', fix: '链接只给您本人，24小时后失效；别人请自己发“#看板”。' },
    { wrong: '打开旧链接显示“已过期”', fix: '再发一次“#看板”获取新链接。' },
  ],
} as const;
