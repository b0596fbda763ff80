import { describe, expect, it } from 'vitest';
import { evalHalf } from './eval-half.ts';
import { fixture, readLabelled, specTopicIds } from './support.ts';

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
