// Which half of the independent question set a question belongs to. Fixed by a hash of
// its text, so nobody chooses which questions the matcher is tuned on and which it is
// judged by, and moving a question between the files is caught by a test.
import { createHash } from 'node:crypto';

export type EvalHalf = 'tune' | 'report';

export function evalHalf(question: string): EvalHalf {
  return createHash('sha256').update(question, 'utf8').digest()[0] & 1 ? 'report' : 'tune';
}
