// `#帮助 上报`: how a village passes an item it cannot solve up to the township (三级化解).
// Shaped like CommandManual (commands/define-command.ts), which prompts/ cannot import.
export const escalateManual = {
  form: '#上报 编号 原因',
  examples: ['#上报 12 需协调住建部门，村里没有资金', '#上报 7 两户宅基地纠纷，调解两次未成'],
  mistakes: [
    { wrong: '#上报 12', fix: '要写原因：#上报 12 需协调住建部门' },
    { wrong: '#上报 已销号的问题', fix: '只有未销号的问题能上报；反弹了先发 #回访 12 反弹 情况' },
    { wrong: '把问题重新发一遍 #问题 …', fix: '不用重发，上报后还是原来的编号，乡镇 #接办 后本群会收到通知' },
  ],
};
