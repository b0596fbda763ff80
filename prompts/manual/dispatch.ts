// `#帮助 调度`: the dispatch pack on demand.

export const dispatchManual = {
  form: '#调度',
  examples: ['#调度', '＃调度'],
  mistakes: [
    { wrong: '#调度 三星村（村干部查本村）', fix: '村干部发 #统计 看本周情况；#调度 给联村领导、乡镇领导和管理员用' },
    { wrong: '#调度会 下周一开会（通知开会）', fix: '通知照常发，不要以 #调度 开头；要看调度清单只发 #调度' },
  ],
} as const;
