// `#绑定 三星村` binds a group to a village (`#绑定 三星村 后叶镇` says its township too);
// `#绑定 乡镇 后叶镇` (or a name ending in 镇/乡) to a township. The name goes in `village` whichever it is; `scope` says which.
import { missingBindName } from './error-messages.ts';
import type { ParseError } from '../../core/checkin.ts';

const TOWNSHIP_WORDS = new Set(['乡镇', '镇', '乡', '街道', '乡镇群']);
const VILLAGE_WORDS = new Set(['村', '村级', '社区', '村群']);
const TOWNSHIP_NAME = /(?:镇|乡|街道)$/;
const WORD_BREAK = /[\s,，:：]+/;

export interface BindParse {
  village: string | null;
  scope: 'village' | 'township' | null;
  /** `#绑定 三星村 后叶镇`: the township the village belongs to. */
  township: string | null;
  errors: ParseError[];
}

export function parseBind(body: string): BindParse {
  const words = body.split(WORD_BREAK).filter(Boolean);
  let scope: 'village' | 'township' | null = null;
  if (words.length && TOWNSHIP_WORDS.has(words[0])) {
    scope = 'township';
    words.shift();
  } else if (words.length && VILLAGE_WORDS.has(words[0])) {
    scope = 'village';
    words.shift();
  }
  const name = words[0] ?? null;
  if (!name) return { village: null, scope, township: null, errors: [missingBindName()] };
  scope ??= TOWNSHIP_NAME.test(name) ? 'township' : 'village';
  const township = scope === 'village' ? (words[1] ?? null) : null;
  return { village: name, scope, township, errors: [] };
}
