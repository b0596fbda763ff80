// Where a household lives: `三星村4组`, `三星村四组`, `三星村第4组`, `金竹村7社`, `杨柳社区6组`,
// optionally followed by the household (`团结村6组黄建华家`). Villages end in 村 or 社区;
// groups are normalized to Arabic digits + 组.
import { parseSmallNumber } from './chinese-number.ts';
import { NOT_NAMES, SURNAMES } from './vocabulary.ts';

// Han characters except 村, 社 and 组, so a village name stops at its own suffix.
const NAME_HAN = '\\u4e00-\\u6750\\u6752-\\u793d\\u793f-\\u7ec3\\u7ec5-\\u9fff';
const VILLAGE_AT = new RegExp(`[${NAME_HAN}]{2,6}?(?:村|社区)`, 'y');
const GROUP_AT = /\s*第?([0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:组|社|队)(?!区)/y;
const HOUSEHOLD_AT = /([\u4e00-\u9fff·]{2,4}?)(?:家|户)(?!主)/y;
const BARE_NAME = /^[\u4e00-\u9fff·]{2,4}$/;
const PLACE_WORD = /[村组户]|社区/;
/** `我们村`, `隔壁村` name no village. */
const NOT_VILLAGE = /^(?:我们|你们|他们|咱们|这个|那个|每个|各个|整个|隔壁|邻近|附近|全体|下乡进|所在|本)/;
/** A township written in front of the village (`后叶镇三星村`) is not part of its name. */
const TOWNSHIP_PREFIX = /^[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道)(?=[\u4e00-\u9fff]{2,}(?:村|社区)$)/;

export interface Place {
  village: string | null;
  group: string | null;
  household: string | null;
  end: number;
}

export interface PlaceOptions {
  /** `王德福家` right after the place: 'any' accepts any name, 'surname' one with a common surname. */
  household: 'any' | 'surname' | 'none';
}

/** `4组` from `四`, `4`, `第4`; null when the number is not a plausible group. */
export function normalizeGroup(number: string): string | null {
  const n = parseSmallNumber(number);
  return n !== null && n > 0 && n < 100 ? `${n}组` : null;
}

/** A name a person could have: 2-4 Han characters, not a known word; `surname` asks for a common surname. */
export function isPersonName(text: string, needSurname: boolean): boolean {
  if (!BARE_NAME.test(text) || NOT_NAMES.has(text)) return false;
  if (PLACE_WORD.test(text)) return false;
  return !needSurname || SURNAMES.has(text[0]);
}

/** Every place has one of these; most pieces have none, and skip the regexes below. */
const MAY_BE_PLACE = /[村组社队]/;

/** The place (and maybe household) starting exactly at `pos`, or null when none starts there. */
export function matchPlaceAt(text: string, pos: number, options: PlaceOptions): Place | null {
  if (!MAY_BE_PLACE.test(text)) return null;
  let village: string | null = null;
  let group: string | null = null;
  let end = pos;
  VILLAGE_AT.lastIndex = pos;
  const v = VILLAGE_AT.exec(text);
  if (v && !NOT_VILLAGE.test(v[0])) {
    village = v[0].replace(TOWNSHIP_PREFIX, '');
    end = pos + v[0].length;
  }
  // Right after the village, or on its own (`4组` in `村：三星村 4组`).
  GROUP_AT.lastIndex = end;
  const g = GROUP_AT.exec(text);
  if (g) {
    group = normalizeGroup(g[1]);
    if (group) end += g[0].length;
  }
  if (!village && !group) return null;
  let household: string | null = null;
  if (options.household !== 'none') {
    HOUSEHOLD_AT.lastIndex = end;
    const h = HOUSEHOLD_AT.exec(text);
    if (h && isPersonName(h[1], options.household === 'surname')) {
      household = h[1];
      end += h[0].length;
    }
  }
  return { village, group, household, end };
}
