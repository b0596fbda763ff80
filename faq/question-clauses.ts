// A long spoken question is mostly background ("老伴前年走了，儿子在外头打工…") and one
// clause that asks ("…能不能吃低保"). Words in the background tell the situation; the FAQ
// need not know all of them, so there a word the entry does not know counts for less.
//
// Voice typing leaves out the punctuation, so a run-on is cut where speech turns: after a
// sentence-final 了 and before the words that open a question or a new turn. And a long
// clause that asks starts asking a few characters before its question word.

const CLAUSE_END = /[，。！？；,.!?;…～~]/u;
// A-not-A (会不会, 管不管, 有没有) asks whatever the verb.
const ASKS = /[吗呢么嘛]|什么|怎么|哪|谁|多少|几|(\p{Script=Han})[不没]\1|可不可以|[不没]$|没有$|\?|？/u;
// Where a run-on turns to a new statement: after a sentence-final 了 (老伴前年走了|儿子…; not
// 了解, not 了没有), and before 听说, 请问, 像我这种, 现在, 但是, 能不能, 有没有…
const SPOKEN_BREAK =
  /(?<=了)(?=[^解结不没吗吧呢啊么嘛哦的得])|(?=听说|听人说|请问|想问|问一下|问下|问问|打听|像我这种|像我们这种|像这种|这种|这样的话|现在|但是|可是|所以|然后|结果|不过|能不能|可不可以|有没有|是不是|会不会|要不要)/gu;

/** A clause at least this long (in characters) is read for breaks and for where it asks. */
const LONG_CLAUSE = 12;
/** A piece shorter than this holds no topic of its own (…放久了|会不会坏): it stays joined. */
const MIN_PIECE = 7;
/** How far before its question word a long clause starts asking (…村里|幸福基金捐点钱怎么捐). */
const ASK_LEAD = 8;

export interface Clause {
  start: number;
  end: number;
}

/** Character offsets where a spoken run-on turns, inside `text`. */
function spokenBreaks(text: string): number[] {
  const at: number[] = [];
  const length = [...text].length;
  for (const m of text.matchAll(SPOKEN_BREAK)) {
    const k = [...text.slice(0, m.index)].length;
    if (k > 0 && k < length) at.push(k);
  }
  return at;
}

/** Clauses of a canonical question, and the index of the one that asks (the last such, else the last). */
export function questionClauses(canon: string): { clauses: Clause[]; asking: number } {
  const chars = [...canon];
  const clauses: Clause[] = [];
  // Only a text with no punctuation at all is cut at spoken breaks: where the writer marked
  // clauses, the marks are the better guide.
  const runOn = !chars.some((c) => CLAUSE_END.test(c));
  const push = (from: number, to: number) => {
    let s = from;
    if (runOn && to - from >= LONG_CLAUSE) {
      for (const k of spokenBreaks(chars.slice(from, to).join(''))) {
        const at = from + k;
        if (at - s >= MIN_PIECE && to - at >= MIN_PIECE) {
          clauses.push({ start: s, end: at });
          s = at;
        }
      }
    }
    clauses.push({ start: s, end: to });
  };
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i === chars.length || CLAUSE_END.test(chars[i])) {
      if (i > start) push(start, i);
      start = i + 1;
    }
  }
  let asking = clauses.length - 1;
  for (let k = clauses.length - 1; k >= 0; k--) {
    if (ASKS.test(chars.slice(clauses[k].start, clauses[k].end).join(''))) {
      asking = k;
      break;
    }
  }
  const c = clauses[asking];
  if (c && c.end - c.start >= LONG_CLAUSE) {
    const text = chars.slice(c.start, c.end).join('');
    const m = ASKS.exec(text);
    const from = m ? Math.max(c.start, c.start + [...text.slice(0, m.index)].length - ASK_LEAD) : c.start;
    if (from > c.start) {
      clauses.splice(asking, 1, { start: c.start, end: from }, { start: from, end: c.end });
      asking++;
    }
  }
  return { clauses, asking };
}
