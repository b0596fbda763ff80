// `#帮助 解除`: an admin unlinks someone's accounts (a phone changed hands, a wrong claim).

export const unlinkManual = {
  form: '#解除 姓名 [村名] [微信|飞书|企业微信]',
  examples: ['#解除 张华', '#解除 张华 微信'],
  mistakes: [
    { wrong: '只想解除微信，却解除了全部账号', fix: '末尾加平台：#解除 张华 微信' },
    { wrong: '解除后以为会自动恢复', fix: '本人要重新认领：#认领 张华，或用认领码' },
  ],
};
