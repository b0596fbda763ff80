// `#任命 周镇长 乡镇领导 后叶镇` (a leader of the whole township) and
// `#任命 王委员 联村领导 三星村,五星村` (a leader of those villages). Pure.
import type { ParseError } from '../../core/checkin.ts';
import { appointErrors } from '../../prompts/appoint.ts';

export type AppointKind = 'township' | 'linked';

export interface AppointParse {
  name: string | null;
  /** The title as written (乡镇领导, 镇长, 联村领导 …), stored as the member's 职务. */
  title: string | null;
  level: AppointKind | null;
  /** The township (kind 'township') or the 联系村 (kind 'linked'). */
  places: string[];
  errors: ParseError[];
}

const TOWNSHIP_TITLES = ['乡镇领导', '镇领导', '乡领导', '镇长', '乡长', '副镇长', '副乡长', '党委书记', '党委副书记', '人大主席'];
const LINKED_TITLES = ['联村领导', '包村领导', '联村干部'];

export function parseAppoint(body: string): AppointParse {
  const words = body
    .trim()
    .split(/[\s,，、;；]+/)
    .filter(Boolean);
  const empty = { name: null, title: null, level: null, places: [] };
  const at = words.findIndex((w) => TOWNSHIP_TITLES.includes(w) || LINKED_TITLES.includes(w));
  if (at !== 1) return { ...empty, errors: [{ field: 'title', message: appointErrors.form }] };
  const title = words[1];
  const level: AppointKind = LINKED_TITLES.includes(title) ? 'linked' : 'township';
  const places = [...new Set(words.slice(2))];
  const name = words[0];
  if ([...name].length > 20) return { ...empty, errors: [{ field: 'name', message: appointErrors.form }] };
  if (!places.length) return { name, title, level, places, errors: [{ field: 'place', message: appointErrors.needPlace(level) }] };
  if (level === 'township' && places.length > 1)
    return { name, title, level, places, errors: [{ field: 'place', message: appointErrors.oneTownship }] };
  return { name, title, level, places, errors: [] };
}
