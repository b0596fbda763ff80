// What a check-in says, as the parser reads it and the handlers store it: the shared words of
// the check-in language (docs/checkin-language.md).

export const CHECK_KEYS = ['income', 'food', 'education', 'medical', 'housing', 'water'] as const;
export type CheckKey = (typeof CHECK_KEYS)[number];
export type Checks = Partial<Record<CheckKey, boolean>>;

export const HOUSEHOLD_CATEGORIES = ['脱贫户', '监测户', '低保户', '特困户', '一般户'] as const;
export type HouseholdCategory = (typeof HOUSEHOLD_CATEGORIES)[number];

export const VISIT_METHODS = ['入户', '电话', '线上', '院坝会'] as const;
export type VisitMethod = (typeof VISIT_METHODS)[number];

/** 微心愿 comes only from a visit's `微心愿：` field, never from the words of an item. */
export const ISSUE_CATEGORIES = [
  '收入',
  '吃穿',
  '教育',
  '医疗',
  '住房',
  '饮水',
  '就业',
  '产业',
  '基础设施',
  '人居环境',
  '矛盾纠纷',
  '政策落实',
  '微心愿',
  '其他',
] as const;
export type IssueCategory = (typeof ISSUE_CATEGORIES)[number];

export const SATISFACTION_LEVELS = ['满意', '基本满意', '不满意'] as const;
export type Satisfaction = (typeof SATISFACTION_LEVELS)[number];

export interface ParsedVisit {
  household: string | null;
  village: string | null;
  group: string | null;
  category: HouseholdCategory | null;
  method: VisitMethod;
  visitedOn: string; // YYYY-MM-DD, Asia/Shanghai
  checks: Checks;
  notes: string | null;
  /** The household's own verdict (`满意度：基本满意`), and why, when given. */
  satisfaction: Satisfaction | null;
  satisfactionReason: string | null;
  /** `微心愿：…`; it is also one of the visit's ledger items, of category 微心愿. */
  wish: string | null;
}

export interface ParsedIssue {
  category: IssueCategory;
  description: string;
  assignee: string | null;
  dueOn: string | null; // YYYY-MM-DD
  /** Set when the item comes from a check marked as a problem rather than an explicit line. */
  fromCheck?: CheckKey;
}

export interface ParseError {
  field: string;
  message: string;
}

/**
 * A date read as written that is probably a slip: a deadline already past, a visit dated in
 * the future. The message is valid; the handler asks before storing it (see `confirmed`).
 */
export interface ParseWarning {
  field: 'dueOn' | 'visitedOn';
  /** The date as read, YYYY-MM-DD. */
  date: string;
  message: string;
}

export interface Target {
  issueNo: number;
  text: string | null;
}

/** The identity commands (#认领, #认领码, #解除), read by commands/parse/parse-identity.ts. */
export type IdentityRequest =
  | { action: 'request'; name: string; village: string | null }
  | { action: 'redeem'; code: string }
  | { action: 'confirm'; requestNo: number }
  | { action: 'issue'; name: string; village: string | null }
  | { action: 'unlink'; name: string; village: string | null; platform: 'wechat' | 'lark' | 'wecom' | null };
