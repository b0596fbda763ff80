// What the bot asks for when a piece is missing: one short sentence a cadre can act on,
// with an example to copy.
import type { ParseError } from '../../core/checkin.ts';

export function missingHousehold(): ParseError {
  return { field: 'household', message: '请写上户主姓名，例：#走访 王德福 三星村4组 脱贫户 全部达标' };
}

const TARGET_EXAMPLES: Partial<Record<string, string>> = {
  close: '#销号 12 已更换水管',
  progress: '#进展 12 已联系水管所',
  answer: '#答 3 每户最多可贷5万元',
  review: '#验收 12',
  extend: '#延期 12 1月15日前 材料未到',
  approveExtension: '#同意延期 12',
  refuseExtension: '#不同意延期 12 材料已到，按原时限办',
  followUp: '#回访 12 正常',
  escalate: '#上报 12 需协调住建部门',
  takeOver: '#接办 三星村 12',
};

export function missingIssueNo(kind: string): ParseError {
  const noun = kind === 'answer' ? '问题编号（见 #待答 列表）' : '台账问题编号';
  return { field: 'issueNo', message: `请写上${noun}，例：${TARGET_EXAMPLES[kind] ?? TARGET_EXAMPLES.close}` };
}

export function missingDescription(): ParseError {
  return { field: 'description', message: '请写明问题内容，例：#问题 三星村4组王德福家屋顶漏雨 由李书记负责 月底前' };
}

export function missingBindName(): ParseError {
  return { field: 'village', message: '请写上要绑定的村或乡镇，例：#绑定 三星村 或 #绑定 乡镇 后叶镇' };
}

export function unreadable(): ParseError {
  return { field: 'text', message: '这条消息没能读懂，请按 #帮助 里的格式重发一次' };
}

const TARGET_NOUN: Partial<Record<string, string>> = { answer: '问题编号' };

/** `#销号 1.5`, `#进展 0`, `#销号 -3`: a number that cannot be an item's. */
export function badIssueNo(kind: string, written: string): ParseError {
  const noun = TARGET_NOUN[kind] ?? '台账编号';
  return { field: 'issueNo', message: `编号“${written}”不对：${noun}是正整数，例：${TARGET_EXAMPLES[kind] ?? TARGET_EXAMPLES.close}` };
}

/** `时限2月30日` (2月没有30日), `-3天内` (not a whole number of days). */
export function badDeadline(written: string, reason: string): ParseError {
  return { field: 'dueOn', message: `时限“${written}”有误：${reason}。请改正，例：11月30日前、3天内` };
}

/** A visit on a day that does not exist. */
export function badVisitDate(written: string, reason: string): ParseError {
  return { field: 'visitedOn', message: `走访日期“${written}”有误：${reason}。请改正，例：11月20日、昨天` };
}
