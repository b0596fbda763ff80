// BM25 over FAQ entries (one document per entry, fields pre-weighted into term counts),
// with an inverted index so a question only touches the entries sharing its terms.
//
// It ranks the entries; whether the best one is answered is decided elsewhere
// (explained-share.ts). Each question unit carries idf × weight of the question's mass;
// an entry earns up to that much, scaled by BM25 saturation (reaching 1 at about
// SAT_REFERENCE weighted mentions in an entry of average length).
import type { Terms } from './document-terms.ts';
import type { QuestionUnit } from './question-units.ts';

export interface Bm25Options {
  k1: number;
  b: number;
  /** Share of its idf an unindexed word weighs in the question's mass. */
  unknownFactor: number;
  /** How strongly the parts of an unindexed long word stand for it. */
  partFactor: number;
  /** Weighted mentions at which an entry fully explains a term. */
  satReference: number;
  /**
   * Weighted count below which a mention does not make an entry "contain" the term for
   * idf: answers name 帮扶责任人 and 村委会 everywhere, which must not make those words
   * worthless when a question is about them.
   */
  dfMinTf: number;
}

interface Postings {
  docs: Int32Array;
  sat: Float64Array;
}

export interface Bm25Result {
  /** Normalised score per document; can pass 1 for heavy matches (clamp for display). */
  scores: Float64Array;

  /** Documents with any shared term (the others score 0). */
  touched: number[];
  /** 1 where a whole word of the question matched, not only lone characters. */
  wordMatched: Uint8Array;
}

export class Bm25Index {
  readonly size: number;
  private readonly postings = new Map<string, Postings>();
  private readonly idfs = new Map<string, number>();
  private readonly unknownIdf: number;
  private readonly satRef: number;
  // Scratch buffers reused across searches (match() is synchronous, so never shared).
  private readonly best: Float64Array;
  private readonly partSum: Float64Array;

  constructor(
    docs: Terms[],
    private readonly opts: Bm25Options,
  ) {
    const { k1, b } = opts;
    const n = docs.length;
    this.size = n;
    this.best = new Float64Array(n);
    this.partSum = new Float64Array(n);
    const lengths = docs.map((d) => [...d.values()].reduce((a, x) => a + x, 0));
    const avg = lengths.reduce((a, x) => a + x, 0) / Math.max(1, n) || 1;
    const lists = new Map<string, { doc: number; tf: number }[]>();
    docs.forEach((d, i) => {
      for (const [term, tf] of d) {
        let l = lists.get(term);
        if (!l) lists.set(term, (l = []));
        l.push({ doc: i, tf });
      }
    });
    const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
    this.unknownIdf = idf(0);
    this.satRef = opts.satReference / (opts.satReference + k1);
    for (const [term, l] of lists) {
      const salient = l.reduce((a, x) => a + (x.tf >= opts.dfMinTf ? 1 : 0), 0);
      this.idfs.set(term, idf(salient || l.length));
      const docIds = new Int32Array(l.length);
      const sat = new Float64Array(l.length);
      l.forEach(({ doc, tf }, j) => {
        docIds[j] = doc;
        // BM25's tf part without the constant (k1 + 1): in [0, 1).
        sat[j] = tf / (tf + k1 * (1 - b + (b * lengths[doc]) / avg));
      });
      this.postings.set(term, { docs: docIds, sat });
    }
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  terms(): IterableIterator<string> {
    return this.postings.keys();
  }

  /** Whether `doc` uses `term` (in a keyword, the title or a phrasing). */
  contains(term: string, doc: number): boolean {
    const p = this.postings.get(term);
    if (!p) return false;
    for (let j = 0; j < p.docs.length; j++) if (p.docs[j] === doc) return true;
    return false;
  }

  idf(term: string): number {
    return this.idfs.get(term) ?? this.unknownIdf;
  }

  search(units: readonly QuestionUnit[]): Bm25Result {
    const { best, partSum } = this;
    const scores = new Float64Array(this.size);
    const touched: number[] = [];
    const wordMatched = new Uint8Array(this.size);
    const unitDocs: number[] = [];
    let mass = 0;
    for (const u of units) {
      const idfKey = this.idf(u.key);
      const weight = u.weight;
      mass += weight * idfKey * (u.known ? 1 : this.opts.unknownFactor);
      unitDocs.length = 0;
      const note = (d: number, v: number) => {
        if (best[d] === 0) unitDocs.push(d);
        if (v > best[d]) best[d] = v;
      };
      for (const f of u.features) {
        const p = this.postings.get(f.term);
        if (!p) continue;
        const w = f.factor * this.idf(f.term);
        for (let j = 0; j < p.docs.length; j++) note(p.docs[j], w * p.sat[j]);
      }
      if (u.parts.length) {
        let partMass = 0;
        const partDocs: number[] = [];
        for (const term of u.parts) {
          const p = this.postings.get(term);
          if (!p) continue;
          const idf = this.idf(term);
          partMass += idf;
          for (let j = 0; j < p.docs.length; j++) {
            const d = p.docs[j];
            if (partSum[d] === 0) partDocs.push(d);
            partSum[d] += idf * p.sat[j];
          }
        }
        for (const d of partDocs) {
          note(d, (this.opts.partFactor * idfKey * partSum[d]) / partMass);
          partSum[d] = 0;
        }
      }
      for (const d of unitDocs) {
        if (scores[d] === 0) touched.push(d);
        // A unit never earns more than its idf, however it was matched.
        scores[d] += weight * Math.min(best[d], idfKey);
        if (u.weight >= 1) wordMatched[d] = 1;
        best[d] = 0;
      }
    }
    // Not clamped here: an entry that leans on the question's words harder should still
    // outrank one that merely mentions them (callers clamp for display).
    if (mass > 0) for (const d of touched) scores[d] /= mass * this.satRef;
    return { scores, touched, wordMatched };
  }
}
