// `#帮助 意见`: a villager's complaint, sent privately to the township's recipient.

export const complaintManual = {
  form: '#意见 [匿名] 意见内容（私聊发给我）',
  examples: ['#意见 低保评定不公开，希望张榜公示', '#意见 匿名 村里修路有人吃拿卡要'],
  mistakes: [
    { wrong: '在村里的群里发 #意见 …', fix: '私聊我发送；群里发的不会转交' },
    { wrong: '只发 #意见（没写内容）', fix: '把要反映的事写在后面：#意见 路灯坏了一个月没人修' },
  ],
};
