// Before the words of an item are weighed for its category, the parts that say who and where
// are blanked out: a village, group or hamlet name (水井湾村, 石桥沟组, 马路坪), a person
// (the household, the assignee, `王水源家`) and a household's label (低保户, 五保户). They
// often hold a category word (水井, 桥, 路, 低保) and never say what is wrong.
import { HOUSEHOLD_CATEGORY_WORDS, SURNAMES, escapeRegex } from './vocabulary.ts';

const HAN = '\\u4e00-\\u9fff';
/**
 * A place name is the few characters before its suffix. 村 followed by 民/委/干/里/级 is the
 * village as a body (村民, 村委), and 组 before 织/长/成… is the verb or the office.
 */
const PLACES = new RegExp(
  [
    `[${HAN}]{1,3}村(?![民委干里级集])`,
    `[${HAN}]{1,3}社区`,
    `[${HAN}]{1,3}组(?![织长成建合装件员])`,
    // Hamlets named by the land: 马路坪, 水井湾, 杨家寨. (Not 山坪塘, a pond.)
    `[${HAN}]{1,2}(?:坪(?!塘)|湾|垭|坳|塆|寨|屯)`,
  ].join('|'),
  'g',
);
/** 脱贫户, 低保户, 五保户…: whom the item is about, not what. */
const LABELS = new RegExp(
  Object.keys(HOUSEHOLD_CATEGORY_WORDS)
    .filter((w) => w.endsWith('户') || w.endsWith('对象'))
    .concat(['五保户', '低保对象'])
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|'),
  'g',
);
/** `王水源家`, `马路明家里`: a surnamed name before 家 (not 家庭, 家长, 家具…). */
const NAMED_HOME = new RegExp(`[${[...SURNAMES].join('')}][${HAN}]{0,2}(?=家(?![庭长具电属乡]))`, 'g');

const BLANK = '□';
const blank = (span: string) => BLANK.repeat(span.length);

/** The text with places, people and household labels blanked out, character for character. */
export function maskWhoAndWhere(text: string, people: readonly string[] = []): string {
  let out = text.replace(LABELS, blank).replace(PLACES, blank).replace(NAMED_HOME, blank);
  for (const name of people) {
    if (name.length >= 2) out = out.split(name).join(blank(name));
  }
  return out;
}
