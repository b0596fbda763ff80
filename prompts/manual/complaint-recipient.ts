// `#帮助 意见接收人`: an admin names who receives a township's complaints.

export const complaintRecipientManual = {
  form: '#意见接收人 姓名 乡镇',
  examples: ['#意见接收人 周纪委 后叶镇', '#意见接收人 吴委员 红岩镇'],
  mistakes: [
    { wrong: '#意见接收人 张华 后叶镇（张华是三星村的队员）', fix: '指定乡镇一级的人员，不能是某个村的干部' },
    { wrong: '#意见接收人 周纪委（没写乡镇）', fix: '写上乡镇：#意见接收人 周纪委 后叶镇' },
  ],
};
