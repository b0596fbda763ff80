// Who is to act on a ledger item: `责任人李书记`, `负责人：陈会计`, `由张主任负责`, `@王队`,
// and `张主任负责` / `请李书记跟进` when the name carries a title (a bare `专人负责` names no one).
// A name has no delimiter of its own, so it ends where a separator, a digit or a word that
// cannot be part of a name begins (`张主任下周一前` is 张主任 + a deadline).
import { FIELD_KEYS, alternation } from './vocabulary.ts';

const NAME_CHAR = '[\\u4e00-\\u9fffA-Za-z·]';
const ACTION = '(?:负责|跟进|牵头|落实|处理|协调|对接|办理|督办|解决)';
const NAME_END =
  '(?=$|[\\s,，;；。、:：@()（）\\[\\]【】0-9!！?？]|' +
  ACTION +
  '|本周|下周|这周|周[一二三四五六日天]|星期|明天|后天|今天|月底|年底|限期|时限|尽快|马上|立即|[一二两三四五六七八九十半]+个?(?:天|周|月|星期))';

const TITLES = '书记|主任|队长|村长|支书|会计|站长|所长|组长|专干|文书|委员|干部|老师|医生|队';

// `责任人：王队、李书记`: the first is the assignee; the others are cut with it, not left in the description.
const MORE_NAMES = `(?:[、/]\\s*${NAME_CHAR}{1,8}?${NAME_END})*`;

const PATTERNS: readonly RegExp[] = [
  new RegExp(`(?:${alternation(FIELD_KEYS.assignee)})\\s*(?:[:：]|是|为)?\\s*(${NAME_CHAR}{1,8}?)${NAME_END}${MORE_NAMES}`, 'g'),
  new RegExp(`由\\s*(${NAME_CHAR}{1,8}?)\\s*${ACTION}`, 'g'),
  new RegExp(`@\\s*(${NAME_CHAR}{1,8}?)${NAME_END}`, 'g'),
  new RegExp(`(?:^|(?<=[\\s,，;；。]))(?:请|交由|交)?\\s*([\\u4e00-\\u9fff]{1,3}(?:${TITLES}))\\s*${ACTION}`, 'g'),
];

/** Every assignee phrase has one of these characters; most description words have none. */
const MAY_NAME_ASSIGNEE = new RegExp(`[由@${[...new Set(FIELD_KEYS.assignee.map((k) => k[0]))].join('')}]`);

const MAY_ACT = new RegExp(ACTION);

export interface FoundAssignee {
  name: string;
  start: number;
  end: number;
}

/** The first assignee phrase in the text, with its span so the caller can cut it out. */
export function findAssignee(text: string): FoundAssignee | null {
  if (!MAY_NAME_ASSIGNEE.test(text) && !MAY_ACT.test(text)) return null;
  let best: FoundAssignee | null = null;
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && (!best || m.index < best.start)) best = { name: m[1], start: m.index, end: m.index + m[0].length };
  }
  return best;
}
