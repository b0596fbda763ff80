// The words of meetings (院坝会, 恳谈会): the record's receipt and its mistakes.
const md = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

export const meetingText = {
  opinionsKey: ['意见', '群众意见', '诉求', '问题'],
  minutesKey: ['纪要', '会议纪要', '内容'],
  errors: {
    nothing: '没看到会上的意见或纪要，请在最后写“意见：路灯不亮；低保评议要公开”（多条用；隔开），恳谈会可写“纪要：…”。',
    date: (written: string, why: string) => `日期“${written}”不对：${why}。请写“12月5日”这样的日期。`,
    attendees: (written: string) => `参会人数“${written}”看不懂，请写“参会32人”。`,
  },
  fix: (kind: string, problems: string[]) =>
    `${kind}没有记录：${problems.join('')}\n例：#${kind} 三星村2组 12月5日 参会32人 意见：路灯不亮；低保评议要公开`,
  recorded: (kind: string, place: string, heldOn: string, attendees: number | null) =>
    `已记录${kind}：${place} ${md(heldOn)}${attendees ? ` 参会${attendees}人` : ''}。`,
  minutesKept: '纪要已存档。',
  opinions: (n: number) => `${n}条意见已列入问题台账（来源：本次会议）：`,
  opinion: (no: number, text: string) => `· #${no} ${text}`,
  ask: '请指定责任人和时限：#进展 编号 责任人张三 12月20日前',
  /** The ledger's 来源 for an item raised at a meeting. */
  source: (kind: string, heldOn: string, group: string | null) => `${kind}（${md(heldOn)}${group ? ` ${group}` : ''}）`,
};
