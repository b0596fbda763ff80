// `#帮助 台账`: the list of open ledger items.

export const ledgerManual = {
  form: '#台账（乡镇群或私聊：#台账 村名）',
  examples: ['#台账', '#台账 三星村'],
  mistakes: [
    { wrong: '#台账 后面接一大段文字', fix: '只写“#台账”或“#台账 村名”；长文会被当成普通帖子' },
    { wrong: '乡镇群里看不到某个村', fix: '写村名：#台账 三星村；不写则列出全镇' },
  ],
};
