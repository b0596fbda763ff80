import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FAQ_SETS } from '../../bench/faq-accuracy.ts';
import { describe, expect, it } from 'vitest';
import { charPairs, nearCopy } from './char-pairs.ts';
import { evalHalf } from './eval-half.ts';
import { entries, fixture, readLabelled, specTopicIds } from './support.ts';

const tune = readLabelled(fixture('independent-tune.jsonl'));
const report = readLabelled(fixture('independent-report.jsonl'));

describe('the independent question set and its split', () => {
  it('keeps every question in the half its hash puts it in', () => {
    expect(tune.filter((c) => evalHalf(c.q) !== 'tune').map((c) => c.q)).toEqual([]);
    expect(report.filter((c) => evalHalf(c.q) !== 'report').map((c) => c.q)).toEqual([]);
  });

  it('has no question twice', () => {
    const all = [...tune, ...report].map((c) => c.q);
    expect(all.length - new Set(all).size).toBe(0);
  });

  it('asks every topic in both halves and has out-of-scope questions in both', () => {
    for (const half of [tune, report]) {
      const topics = new Set(half.filter((c) => c.expect).map((c) => c.expect));
      expect(specTopicIds().filter((id) => !topics.has(id))).toEqual([]);
      expect(half.filter((c) => c.expect === null).length).toBeGreaterThanOrEqual(100);
    }
  });

  it('labels only topics the FAQ has', () => {
    const ids = new Set(specTopicIds());
    expect([...tune, ...report].filter((c) => c.expect && !ids.has(c.expect)).map((c) => c.q)).toEqual([]);
  });
});

// Every labelled set kept in this project's fixtures (the shared dev corpora are checked by their owners).
const SET_FILES = FAQ_SETS.filter((set) => set.path.includes('/test/faq/fixtures/')).map((set) => set.name);

it('compares each fresh set with every other set in the fixtures folder', () => {
  const inFolder = readdirSync(fileURLToPath(new URL('./fixtures/', import.meta.url))).filter((f) => f.endsWith('.jsonl'));
  expect(SET_FILES.map((n) => `${n}.jsonl`).sort()).toEqual(inFolder.sort());
});

// Each fresh set: its size and out-of-scope share, the least number of ways each topic is
// asked, and whether it is checked for near copies: the third one was, before its commit; the
// first two were written before the check, and entries' phrasings written since come close to
// some of their lines (they are tune data now).
const freshSets: Array<[string, { min: number; oos: [number, number]; perTopic: number; nearCopies: boolean }]> = [
  ['fresh-report', { min: 400, oos: [0.4, 0.6], perTopic: 1, nearCopies: false }],
  ['fresh-report-2', { min: 240, oos: [0.4, 1], perTopic: 1, nearCopies: false }],
  ['fresh-report-3', { min: 300, oos: [0.4, 0.6], perTopic: 4, nearCopies: true }],
  ['fresh-report-4', { min: 300, oos: [0.4, 0.6], perTopic: 5, nearCopies: true }],
];

describe.each(freshSets)('the fresh set %s', (name, want) => {
  const fresh = readLabelled(fixture(`${name}.jsonl`));
  const others = SET_FILES.filter((n) => n !== name).flatMap((n) => readLabelled(fixture(`${n}.jsonl`)).map((c) => c.q));

  it(`has at least ${want.min} questions, with the planned share out of scope`, () => {
    expect(fresh.length).toBeGreaterThanOrEqual(want.min);
    const oos = fresh.filter((c) => c.expect === null).length / fresh.length;
    expect(oos).toBeGreaterThan(want.oos[0]);
    expect(oos).toBeLessThan(want.oos[1]);
  });

  it(`asks every topic at least ${want.perTopic} way(s) and labels only topics the FAQ has`, () => {
    const ids = new Set(specTopicIds());
    const perTopic = new Map<string, number>();
    for (const c of fresh) if (c.expect) perTopic.set(c.expect, (perTopic.get(c.expect) ?? 0) + 1);
    expect(specTopicIds().filter((id) => (perTopic.get(id) ?? 0) < want.perTopic)).toEqual([]);
    expect(fresh.filter((c) => c.expect && !ids.has(c.expect)).map((c) => c.q)).toEqual([]);
  });

  it("shares no question with another set or with an entry's phrasings", () => {
    const seen = new Set([...others, ...entries.flatMap((e) => e.questions)]);
    expect(fresh.filter((c) => seen.has(c.q)).map((c) => c.q)).toEqual([]);
    expect(fresh.length - new Set(fresh.map((c) => c.q)).size).toBe(0);
  });

  // A near copy would measure recall of a line already seen, not a new question; only
  // this set's line is printed, so the writer rewords it without reading the other one.
  if (want.nearCopies)
    it("comes close to no other set's line nor an entry's phrasing", () => {
      const near = [...others, ...entries.flatMap((e) => e.questions)].map(charPairs);
      expect(fresh.filter((c) => nearCopy(charPairs(c.q), near)).map((c) => c.q)).toEqual([]);
    });
});
