// A long spoken question is mostly background ("老伴前年走了，儿子在外头打工…") and one
// clause that asks ("…能不能吃低保"). Words in the background tell the situation; the FAQ
// need not know all of them, so there a word the entry does not know counts for less.

const CLAUSE_END = /[，。！？；,.!?;…～~]/u;
// A-not-A (会不会, 管不管, 有没有) asks whatever the verb.
const ASKS = /[吗呢么嘛]|什么|怎么|哪|谁|多少|几|(\p{Script=Han})[不没]\1|可不可以|[不没]$|没有$|\?|？/u;

export interface Clause {
  start: number;
  end: number;
}

/** Clauses of a canonical question, and the index of the one that asks (the last such, else the last). */
export function questionClauses(canon: string): { clauses: Clause[]; asking: number } {
  const chars = [...canon];
  const clauses: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i === chars.length || CLAUSE_END.test(chars[i])) {
      if (i > start) clauses.push({ start, end: i });
      start = i + 1;
    }
  }
  let asking = clauses.length - 1;
  for (let k = clauses.length - 1; k >= 0; k--) {
    if (ASKS.test(chars.slice(clauses[k].start, clauses[k].end).join(''))) { asking = k; break; }
  }
  return { clauses, asking };
}
