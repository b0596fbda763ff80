import { pinyin } from 'pinyin-pro';
import { client, type Queryable } from './client.ts';

export interface HouseholdRef {
  id: number;
  headName: string;
  group: string | null;
  category: string | null;
  cadreId: number | null;
}

/**
 * How a name typed in a check-in relates to the village's roster:
 * - exact: the household is on the roster;
 * - near-miss: not on it, but sounds the same or differs by one character (王德富 for 王德福),
 *   so the bot asks "是不是 王德福？" instead of merging silently;
 * - not-in-roster: the village has a roster and the name is not close to anyone on it;
 * - no-roster: the village has no households yet, so nothing can be said about the name.
 */
export type HouseholdMatch =
  | { kind: 'exact'; household: HouseholdRef }
  | { kind: 'near-miss'; suggestions: HouseholdRef[] }
  | { kind: 'not-in-roster' }
  | { kind: 'no-roster' };

const select = { id: true, headName: true, group: true, category: true, cadreId: true } as const;
const MAX_SUGGESTIONS = 3;

export async function matchHousehold(db: Queryable, villageId: number, name: string, group?: string | null): Promise<HouseholdMatch> {
  const exact = await client(db).household.findMany({ where: { villageId, headName: name }, select, orderBy: { id: 'asc' } });
  if (exact.length) return { kind: 'exact', household: exact.find((h) => group && h.group === group) ?? exact[0] };
  const roster = await client(db).household.findMany({ where: { villageId }, select, orderBy: { id: 'asc' } });
  if (!roster.length) return { kind: 'no-roster' };
  const suggestions = nearMisses(
    name,
    roster,
    (h) => h.headName,
    (h) => !!group && h.group === group,
  );
  return suggestions.length ? { kind: 'near-miss', suggestions } : { kind: 'not-in-roster' };
}

/**
 * Candidates whose name sounds like `name` or differs from it by one character (same
 * length), preferred ones first, at most three. Works for households and villages alike.
 */
export function nearMisses<T>(name: string, candidates: T[], nameOf: (c: T) => string, preferred: (c: T) => boolean = () => false): T[] {
  const chars = [...name];
  const key = soundKey(name);
  const seen = new Set<string>();
  const hits = candidates.filter((c) => {
    const other = nameOf(c);
    const otherChars = [...other];
    if (otherChars.length !== chars.length || other === name || seen.has(other)) return false;
    if (!oneCharApart(chars, otherChars) && soundKey(other) !== key) return false;
    seen.add(other);
    return true;
  });
  hits.sort((a, b) => Number(preferred(b)) - Number(preferred(a)));
  return hits.slice(0, MAX_SUGGESTIONS);
}

function oneCharApart(a: string[], b: string[]): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  return diff === 1;
}

// Names repeat across messages and villages; converting each once keeps the lookup cheap.
const keys = new Map<string, string>();

/** Pinyin without tones, surnames read as surnames (单 = shan): 王德福 and 王德富 share `wang de fu`. */
export function soundKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size > 50_000) keys.clear();
    key = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' }).join(' ');
    keys.set(name, key);
  }
  return key;
}
