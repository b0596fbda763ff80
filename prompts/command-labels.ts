// What a refusal calls each command: "${name}，抱歉，${label}需要……".

export const commandLabels = {
  visit: '走访打卡',
  issue: '上报问题',
  progress: '记录整改进展',
  close: '销号',
  ledger: '查看台账',
  stats: '查看统计',
  help: '查看帮助',
  faq: '提问',
  bind: '绑定群',
  pending: '查看待答问题',
  answer: '回答问题',
  claim: '认领身份',
  claimCode: '发认领码',
  unlink: '解除账号绑定',
  appoint: '任命乡镇领导',
  dispatch: '查看调度',
};
