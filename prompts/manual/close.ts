// `#帮助 销号`: closing a ledger item with how it was resolved.

export const closeManual = {
  form: '#销号 编号 整改情况',
  examples: ['#销号 12 已更换路灯', '12号问题已销号，已更换水管'],
  mistakes: [
    { wrong: '#销号 路灯修好了（没写编号）', fix: '编号写在“#销号”后面：#销号 12 已更换路灯；编号见 #台账' },
    { wrong: '编号写成 12.5、0 或 -3', fix: '编号是台账里的正整数：#销号 12' },
    { wrong: '乡镇群里只写编号', fix: '乡镇群要写村名：#销号 三星村 12 已更换路灯' },
    { wrong: '销号时不写整改情况', fix: '写上怎么解决的，督查时要看：#销号 12 已更换路灯' },
  ],
};
