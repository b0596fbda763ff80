// `#帮助 认领`: a new account says which roster member it is.

export const claimManual = {
  form: '#认领 花名册上的姓名（同名加村名），或 #认领 六位认领码',
  examples: ['#认领 张华', '#认领 482913'],
  mistakes: [
    { wrong: '#认领 华（写了小名或简称）', fix: '写花名册上的全名：#认领 张华' },
    { wrong: '同名的人不写村名', fix: '加上村名：#认领 张华 三星村' },
    { wrong: '认领码少写一位或过期了', fix: '认领码是 6 位数字；过期请找队长或管理员重新发 #认领码' },
  ],
};
