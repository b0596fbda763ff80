// `#帮助 答`: a cadre answers a question from the #待答 list.

export const answerManual = {
  form: '#答 编号 答复内容',
  examples: ['#答 3 临时救助向村委会申请，带上身份证', '#答 3 每户最多可贷5万元'],
  mistakes: [
    { wrong: '#答 带身份证去村委会（没写编号）', fix: '编号写在“#答”后面：#答 3 带身份证去村委会；编号见 #待答' },
    { wrong: '答错了再发一条新的问题', fix: '同一编号再发一次 #答 即可更正，村民会收到“更正”' },
  ],
};
