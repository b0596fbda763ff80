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

describe('the fresh report set', () => {
  const fresh = readLabelled(fixture('fresh-report.jsonl'));
  const others = [
    'held-out',
    'held-out-2',
    'held-out-3',
    'held-out-4',
    'held-out-5',
    'held-out-6',
    'independent-tune',
    'independent-report',
    'fresh-report-2',
    'fresh-report-3',
  ].flatMap((n) => readLabelled(fixture(`${n}.jsonl`)).map((c) => c.q));

  it('has at least 400 questions, about half of them out of scope', () => {
    expect(fresh.length).toBeGreaterThanOrEqual(400);
    const oos = fresh.filter((c) => c.expect === null).length;
    expect(oos / fresh.length).toBeGreaterThan(0.4);
    expect(oos / fresh.length).toBeLessThan(0.6);
  });

  it('asks every topic and labels only topics the FAQ has', () => {
    const ids = new Set(specTopicIds());
    const topics = new Set(fresh.filter((c) => c.expect).map((c) => c.expect));
    expect(specTopicIds().filter((id) => !topics.has(id))).toEqual([]);
    expect(fresh.filter((c) => c.expect && !ids.has(c.expect)).map((c) => c.q)).toEqual([]);
  });

  it("shares no question with another set or with an entry's phrasings", () => {
    const seen = new Set([...others, ...entries.flatMap((e) => e.questions)]);
    expect(fresh.filter((c) => seen.has(c.q)).map((c) => c.q)).toEqual([]);
    expect(fresh.length - new Set(fresh.map((c) => c.q)).size).toBe(0);
  });
});

describe('the second fresh report set', () => {
  const fresh = readLabelled(fixture('fresh-report-2.jsonl'));
  const others = [
    'held-out',
    'held-out-2',
    'held-out-3',
    'held-out-4',
    'held-out-5',
    'held-out-6',
    'independent-tune',
    'independent-report',
    'fresh-report',
    'fresh-report-3',
  ].flatMap((n) => readLabelled(fixture(`${n}.jsonl`)).map((c) => c.q));

  it('has at least 240 questions, at least 40% of them out of scope', () => {
    expect(fresh.length).toBeGreaterThanOrEqual(240);
    expect(fresh.filter((c) => c.expect === null).length / fresh.length).toBeGreaterThan(0.4);
  });

  it('asks every topic and labels only topics the FAQ has', () => {
    const ids = new Set(specTopicIds());
    const topics = new Set(fresh.filter((c) => c.expect).map((c) => c.expect));
    expect(specTopicIds().filter((id) => !topics.has(id))).toEqual([]);
    expect(fresh.filter((c) => c.expect && !ids.has(c.expect)).map((c) => c.q)).toEqual([]);
  });

  it("shares no question with another set or with an entry's phrasings", () => {
    const seen = new Set([...others, ...entries.flatMap((e) => e.questions)]);
    expect(fresh.filter((c) => seen.has(c.q)).map((c) => c.q)).toEqual([]);
    expect(fresh.length - new Set(fresh.map((c) => c.q)).size).toBe(0);
  });
});

describe('the third fresh report set', () => {
  const fresh = readLabelled(fixture('fresh-report-3.jsonl'));
  const others = [
    'held-out',
    'held-out-2',
    'held-out-3',
    'held-out-4',
    'held-out-5',
    'held-out-6',
    'independent-tune',
    'independent-report',
    'fresh-report',
    'fresh-report-2',
  ].flatMap((n) => readLabelled(fixture(`${n}.jsonl`)).map((c) => c.q));

  it('has at least 300 questions, about half of them out of scope', () => {
    expect(fresh.length).toBeGreaterThanOrEqual(300);
    const oos = fresh.filter((c) => c.expect === null).length;
    expect(oos / fresh.length).toBeGreaterThan(0.4);
    expect(oos / fresh.length).toBeLessThan(0.6);
  });

  it('asks every topic at least four ways and labels only topics the FAQ has', () => {
    const ids = new Set(specTopicIds());
    const perTopic = new Map<string, number>();
    for (const c of fresh) if (c.expect) perTopic.set(c.expect, (perTopic.get(c.expect) ?? 0) + 1);
    expect(specTopicIds().filter((id) => (perTopic.get(id) ?? 0) < 4)).toEqual([]);
    expect(fresh.filter((c) => c.expect && !ids.has(c.expect)).map((c) => c.q)).toEqual([]);
  });

  it("shares no question with another set or with an entry's phrasings", () => {
    const seen = new Set([...others, ...entries.flatMap((e) => e.questions)]);
    expect(fresh.filter((c) => seen.has(c.q)).map((c) => c.q)).toEqual([]);
    expect(fresh.length - new Set(fresh.map((c) => c.q)).size).toBe(0);
  });

  // A near copy would measure recall of a line already seen, not a new question; only
  // this set's line is printed, so the writer rewords it without reading the other one.
  it("comes close to no other set's line nor an entry's phrasing", () => {
    const near = [...others, ...entries.flatMap((e) => e.questions)].map(charPairs);
    expect(fresh.filter((c) => nearCopy(charPairs(c.q), near)).map((c) => c.q)).toEqual([]);
  });
});
