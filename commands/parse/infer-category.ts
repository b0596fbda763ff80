// Which ledger category an item files under: the label in brackets when it names one,
// else the first category (in priority order) whose words the text contains, else 其他.
import { ISSUE_CATEGORY_LABELS, ISSUE_CATEGORY_WORDS, alternation } from './vocabulary.ts';
import type { IssueCategory } from './types.ts';

const RULES: ReadonlyArray<readonly [IssueCategory, RegExp]> = ISSUE_CATEGORY_WORDS.map(
  ([category, words]) => [category, new RegExp(alternation(words))] as const,
);

export function inferIssueCategory(text: string): IssueCategory {
  for (const [category, re] of RULES) if (re.test(text)) return category;
  return '其他';
}

/** `问题（住房安全）` → 住房; a label that is no category (`问题（急）`) gives null. */
export function categoryFromLabel(label: string): IssueCategory | null {
  const key = label.trim();
  return ISSUE_CATEGORY_LABELS[key] ?? null;
}
