// Which ledger category an item files under: the label in brackets when it names one, else
// what the words say is wrong. Places, people and household labels are blanked first
// (mask-who-and-where.ts). Then each word found weighs for its category: a word that says
// what is wrong (吵架, 辍学, 被取消) outweighs the things it is about (排水沟, 学校, 低保),
// a generic complaint (坏了, 漏水) lends weight to the thing just before it, the last thing of
// a clause (the head of `学校旁边的垃圾堆`) weighs a little more than those that qualify it,
// and a one-character thing (路, 桥) weighs least. The heaviest category wins; a tie goes to
// the earlier category in ISSUE_CATEGORY_WORDS; no word at all gives 其他.
import { maskWhoAndWhere } from './mask-who-and-where.ts';
import { isClauseSeparator } from './separators.ts';
import type { IssueCategory } from '../../core/checkin.ts';
import {
  GENERIC_PROBLEM_WORDS,
  ISSUE_CATEGORY_LABELS,
  ISSUE_CATEGORY_WORDS,
  ISSUE_PROBLEM_WORDS,
  NEUTRAL_WORDS,
  alternation,
} from './vocabulary.ts';

type Role = { kind: 'thing' | 'problem'; category: IssueCategory } | { kind: 'generic' | 'neutral' };

const WEIGHT = { problem: 4, thing: 2, shortThing: 1, lent: 2, head: 1 } as const;
/** How far before a generic complaint its thing may be (`水管接头漏水`). */
const LEND_REACH = 6;

const ROLES = new Map<string, Role>();
for (const w of NEUTRAL_WORDS) ROLES.set(w, { kind: 'neutral' });
for (const w of GENERIC_PROBLEM_WORDS) ROLES.set(w, { kind: 'generic' });
for (const [category, words] of ISSUE_CATEGORY_WORDS) for (const w of words) ROLES.set(w, { kind: 'thing', category });
for (const [category, words] of ISSUE_PROBLEM_WORDS) for (const w of words) ROLES.set(w, { kind: 'problem', category });

const ANY_WORD = new RegExp(alternation([...ROLES.keys()]), 'g');
const PRIORITY = new Map(ISSUE_CATEGORY_WORDS.map(([category], i) => [category, i]));

function hasSeparator(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isClauseSeparator(text.charCodeAt(i))) return true;
  return false;
}

/** `people`: names known to be in the text (the household, the assignee) besides those it shows itself. */
export function inferIssueCategory(text: string, people: readonly string[] = []): IssueCategory {
  const masked = maskWhoAndWhere(text, people);
  const score = new Map<IssueCategory, number>();
  const add = (category: IssueCategory, weight: number) => score.set(category, (score.get(category) ?? 0) + weight);
  let lastThing: { category: IssueCategory; end: number } | null = null;
  const crown = () => {
    if (lastThing) add(lastThing.category, WEIGHT.head);
  };
  ANY_WORD.lastIndex = 0;
  for (let m = ANY_WORD.exec(masked); m; m = ANY_WORD.exec(masked)) {
    const role = ROLES.get(m[0]);
    const end = m.index + m[0].length;
    if (!role || role.kind === 'neutral') continue;
    // A new clause: the last thing of the one before was its head.
    if (lastThing && hasSeparator(masked, lastThing.end, m.index)) {
      crown();
      lastThing = null;
    }
    if (role.kind === 'problem') add(role.category, WEIGHT.problem);
    else if (role.kind === 'thing') {
      add(role.category, m[0].length === 1 ? WEIGHT.shortThing : WEIGHT.thing);
      lastThing = { category: role.category, end };
    } else if (lastThing && m.index - lastThing.end <= LEND_REACH) {
      add(lastThing.category, WEIGHT.lent);
    }
  }
  crown();
  let best: IssueCategory = '其他';
  let bestScore = 0;
  for (const [category, value] of score) {
    const better = value > bestScore || (value === bestScore && (PRIORITY.get(category) ?? 99) < (PRIORITY.get(best) ?? 99));
    if (better) [best, bestScore] = [category, value];
  }
  return best;
}

/** `问题（住房安全）` → 住房; a label that is no category (`问题（急）`) gives null. */
export function categoryFromLabel(label: string): IssueCategory | null {
  const key = label.trim();
  return ISSUE_CATEGORY_LABELS[key] ?? null;
}
