// `#帮助 认领码`: a team leader or admin gets a one-time code to hand over in person.

export const claimCodeManual = {
  form: '#认领码 姓名（同名加村名）',
  examples: ['#认领码 张华', '#认领码 张华 三星村'],
  mistakes: [
    { wrong: '把认领码发到群里', fix: '认领码只私聊发给你，当面交给本人，不要转发到群' },
    { wrong: '给外村的人发认领码', fix: '队长只能给本村（本乡镇）的人发；外村请找管理员' },
  ],
};
