// What the bot says when a message was nearly for it, or came from a group it does not serve yet.

export const addressingText = {
  /** A picture, file or voice message sent privately, not taken as evidence. */
  wordsOnly: '我只看得懂文字：走访请发“#走访 户主 情况”，问政策直接打字提问，发“#帮助”看全部用法。',
  nearMiss: (written: string, command: string) =>
    `“#${written}”不是我的命令，是不是“#${command}”？请把“#${written}”改成“#${command}”再发一次。`,
  unboundHelpNote: '注意：本群还没有绑定村，绑定前我只回复 #帮助 和 #绑定。请管理员在本群发：#绑定 村名',
  unboundAdmin: '本群还没有绑定村，绑定前我只回复 #帮助 和 #绑定。请在本群发：#绑定 村名（例：#绑定 三星村）；乡镇群发：#绑定 乡镇 后叶镇',
};
