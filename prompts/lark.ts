// Words the Feishu/Lark adapter shows: card button toasts and the closed row of a ledger card.

export const larkText = {
  /** A ledger row once its item is closed (the button is removed). */
  closedRow: (text: string) => `✅ 已销号　${text}`,
  /** A 待验收 row once a leader confirmed it. */
  reviewedRow: (text: string) => `✅ 已验收　${text}`,
  /** An escalated item once a township member took it on (#接办) from the card. */
  takenRow: (text: string) => `✅ 已接办　${text}`,
  closeButton: '销号',
  closedToast: (no: number | string) => `已销号：${no} 号`,
  reviewedToast: (no: number | string) => `验收通过：${no} 号`,
  takenToast: (no: number | string) => `已接办：${no} 号`,
  notDoneToast: '没有办成，原因见群消息。',
  pendingToast: '已收到，正在处理，结果会发在群里。',
  receivedToast: '已收到，结果会发在群里。',
  /** For the operator's log (BotError LARK_AUTH). */
  authRefused: (detail: string) => `飞书开放平台拒绝了应用凭证（${detail}），消息暂存发件箱，稍后重试。`,
  unknownAction: '这个按钮已失效，请发“#台账”查看最新台账。',
  /** The last row of a card that @-mentions people (the tags are Lark's `<at id=…></at>`). */
  mentionRow: (tags: string) => `请留意：${tags}`,
};
