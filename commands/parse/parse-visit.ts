// `#走访 …`: a household visit with its six checks and the ledger items it found.
import { missingHousehold } from './error-messages.ts';
import { buildIssue, parseIssueText } from './parse-issue-text.ts';
import { readVisitLine } from './read-visit-line.ts';
import { toIso, type CivilDate } from '../../core/shanghai-calendar.ts';
import type { CheckKey, ParsedIssue, ParsedVisit, ParseError } from '../../core/checkin.ts';
import { newVisitDraft, type VisitDraft } from './visit-draft.ts';
import { CHECK_CATEGORY } from './vocabulary.ts';

export interface VisitParse {
  visit: ParsedVisit;
  issues: ParsedIssue[];
  errors: ParseError[];
}

/**
 * The free tail of a one-liner explains the problem check before it: `住房×（漏雨） 需维修 @王队`
 * is one item, and the bracketed reason stays in its description. A tail whose words decide
 * no category (`饮水× 需尽快处理`) belongs to the check when there is exactly one problem.
 */
function explainCheck(issue: ParsedIssue, problems: { key: CheckKey; reason: string | null }[]): void {
  const merged = issue.category === '其他' && problems.length === 1;
  if (merged) issue.category = CHECK_CATEGORY[problems[0].key];
  const check = problems.find((p) => CHECK_CATEGORY[p.key] === issue.category);
  if (!check) return;
  const lead = check.reason ?? (merged ? `${issue.category}未达标` : null);
  if (lead && !issue.description.includes(lead)) issue.description = `${lead}，${issue.description}`;
}

interface CollectedIssues {
  issues: ParsedIssue[];
  /** The `微心愿：` items' own words, for the visit's `wish`. */
  wishes: string[];
  errors: ParseError[];
}

/**
 * Explicit items (and wishes) in the order written, then one item per problem check unless an
 * explicit item of exactly that category exists. `责任人` / `时限` written with no item of their
 * own go to the check items (or, without any, to the explicit items that lack them).
 */
function collectIssues(draft: VisitDraft, household: string | null, today: CivilDate): CollectedIssues {
  const explicit: ParsedIssue[] = [];
  const wishes: string[] = [];
  const errors: ParseError[] = [];
  const loose = draft.loose.map((raw) => {
    const parsed = parseIssueText(raw, today);
    errors.push(...parsed.errors);
    return parsed;
  });
  const problems = draft.tally.problems();
  const people = household ? [household] : [];
  for (const item of draft.items) {
    const built = buildIssue(item.raw, today, { label: item.label, fixed: item.wish ? '微心愿' : undefined, people });
    const issue = built.issue;
    errors.push(...built.errors);
    if (item.tail) explainCheck(issue, problems);
    if (issue.description) {
      explicit.push(issue);
      if (item.wish) wishes.push(issue.description);
    } else {
      loose.push({ description: '', assignee: issue.assignee, dueOn: issue.dueOn, errors: [] });
    }
  }
  const covered = new Set(explicit.map((i) => i.category));
  const fromChecks: ParsedIssue[] = problems.flatMap(({ key, reason }) => {
    const category = CHECK_CATEGORY[key];
    if (covered.has(category)) return [];
    return [{ category, description: reason ?? `${category}未达标`, assignee: null, dueOn: null, fromCheck: key }];
  });
  const assignee = loose.find((l) => l.assignee)?.assignee ?? null;
  const dueOn = loose.find((l) => l.dueOn)?.dueOn ?? null;
  const receivers = fromChecks.length ? fromChecks : explicit;
  for (const issue of receivers) {
    issue.assignee ??= assignee;
    issue.dueOn ??= dueOn;
  }
  return { issues: [...explicit, ...fromChecks], wishes, errors };
}

export function parseVisit(body: string, today: CivilDate): VisitParse {
  const draft = newVisitDraft();
  for (const line of body.split('\n')) readVisitLine(line, draft, today);
  const household = draft.household ?? draft.nameCandidate;
  const { issues, wishes, errors: itemErrors } = collectIssues(draft, household, today);
  const visit: ParsedVisit = {
    household,
    village: draft.village,
    group: draft.group,
    category: draft.category,
    method: draft.method ?? '入户',
    visitedOn: draft.visitedOn ?? toIso(today),
    checks: draft.tally.result(),
    notes: draft.notes.length ? draft.notes.join('；') : null,
    satisfaction: draft.satisfaction,
    satisfactionReason: draft.satisfaction ? draft.satisfactionReason : null,
    wish: wishes.length ? wishes.join('；') : null,
  };
  const errors = [...(visit.household ? [] : [missingHousehold()]), ...draft.errors, ...itemErrors];
  return { visit, issues, errors };
}
