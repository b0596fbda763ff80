// `#台账 三星村`, `#统计 三星村4组`: a village (and group) may follow the word.
import type { Parsed } from '../define-command.ts';
import { findLeadingPlace } from './parse-issue.ts';

export interface PlaceParsed<K extends string> extends Parsed<K> {
  village: string | null;
  group: string | null;
}

export function readPlace<K extends 'ledger' | 'stats' | 'revisits'>(kind: K, body: string): PlaceParsed<K> {
  const place = findLeadingPlace(body);
  return { kind, ok: true, errors: [], village: place?.village ?? null, group: place?.group ?? null };
}
