// What the group hears when someone takes back (撤回) a message the bot acted on: one short line.

/** What a check-in left: households visited and item numbers. */
export interface RecalledRecords {
  households: readonly string[];
  nos: readonly number[];
}

function records({ households, nos }: RecalledRecords): string {
  const parts = [
    ...(households.length ? [`走访记录（${households.map((h) => `${h}家`).join('、')}）`] : []),
    ...(nos.length ? [`问题 ${nos.join('、')}`] : []),
  ];
  return parts.join('，');
}

/**
 * Whose message was taken back, and by whom when that was someone else (a Feishu group's owner or
 * manager may take back anyone's message): `张三撤回的消息` or `群管理员撤回了张三的消息`.
 */
function taken(who: string, by?: string): string {
  return by && by !== who ? `${by}撤回了${who}的消息，` : `${who}撤回的消息`;
}

/** What the recall event says of who took a message back, when it was not its sender. */
export const recallBy = { manager: '群管理员' };

export const recallText = {
  /** Undone in time: `已撤回：张三的走访记录（李四家），问题 12 已作废`. */
  withdrawn: (who: string, r: RecalledRecords) =>
    r.households.length
      ? `已撤回：${who}的走访记录（${r.households.map((h) => `${h}家`).join('、')}）${r.nos.length ? `，问题 ${r.nos.join('、')} 已作废` : ''}`
      : `已撤回：${who}报的问题 ${r.nos.join('、')} 已作废`,
  /** Taken back after two minutes: nothing undone. */
  tooLate: (who: string, r: RecalledRecords, by?: string) =>
    `${taken(who, by)}已超过2分钟，${records(r)} 仍保留。${r.nos.length ? `如有误，请发“#进展 ${r.nos[0]} 更正：…”说明；` : ''}要作废请找管理员。`,
  /** A record a recall does not undo (a 院坝会 or 恳谈会 and its opinions): nothing undone. */
  notUndone: (who: string, r: RecalledRecords, by?: string) =>
    `${taken(who, by)}已记下的${records(r)} 仍保留，撤回不作废会议记录。如有误，请找管理员处理。`,
  /** An item of it was worked on already (进展, 销号, 延期): nothing undone. */
  touched: (who: string, r: RecalledRecords, touchedNos: readonly number[], by?: string) =>
    `${taken(who, by)}未作废：问题 ${touchedNos.join('、')} 已有进展或销号，${records(r)} 仍保留。如有误，请发“#进展 ${touchedNos[0]} 更正：…”说明。`,
  /** The bot acted on it, but it made no visit or item (a rejected check-in, a 销号, a 进展). */
  noRecord: (who: string, by?: string) => `${taken(who, by)}没有新增走访或问题，台账未变；已办的事如有误，请再发一条说明更正。`,
};
