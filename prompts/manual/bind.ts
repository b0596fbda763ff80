// `#帮助 绑定`: an admin says which village (or township) a group serves.

export const bindManual = {
  form: '#绑定 村名（乡镇群：#绑定 乡镇 乡镇名）',
  examples: ['#绑定 三星村', '#绑定 乡镇 后叶镇'],
  mistakes: [
    { wrong: '只发“#绑定”没写村名', fix: '写上村名：#绑定 三星村' },
    { wrong: '乡镇群绑成了村', fix: '乡镇群要写“乡镇”二字：#绑定 乡镇 后叶镇' },
    { wrong: '不是管理员去绑定', fix: '请管理员在群里发 #绑定' },
  ],
};
