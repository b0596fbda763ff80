// `#帮助 延期`: how a cadre asks to move a 时限. Shaped like CommandManual (commands/define-command.ts).
export const extendManual = {
  form: '#延期 编号 新时限 原因',
  examples: ['#延期 12 月底前 水泥还没到货', '#延期 7 两周内 施工队下周才能进场'],
  mistakes: [
    { wrong: '#进展 12 延期到1月15日前', fix: '进展不能改时限，请发：#延期 12 1月15日前 原因' },
    { wrong: '#延期 12 1月15日前', fix: '要写原因：#延期 12 1月15日前 材料未到' },
    { wrong: '延期后就不算逾期了', fix: '队长或联村领导 #同意延期 12 之前，仍按原时限算逾期' },
  ],
};
