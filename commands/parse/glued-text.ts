// What a command takes when Chinese follows its word with no space (`#走访王德福`, `#台账三星村`,
// `#销号十二号`): the tests each command module gives as its `takesGlued`. Anything else glued on
// makes the word the start of a longer one (`#走访慰问`, `#整改通知`), which is no command.
import { isPersonName, matchPlaceAt } from './parse-place.ts';
import { parseTarget } from './parse-target.ts';

const HAN_RUN = /^[\u4e00-\u9fff·]+/;
const PLACE_NAME = /^(?:乡镇|村)|(?:村|社区|镇|乡|街道)$/;

/** `三星村4组…`: a place leads. */
export function startsWithPlace(body: string): boolean {
  return matchPlaceAt(body, 0, { household: 'surname' }) !== null;
}

/** `王德福 …`, `王德福家…`: a name with a common surname leads. */
export function startsWithName(body: string): boolean {
  const run = HAN_RUN.exec(body)?.[0] ?? '';
  for (let length = Math.min(4, run.length); length >= 2; length--) {
    if (isPersonName(run.slice(0, length), true)) return true;
  }
  return false;
}

export function startsWithPlaceOrName(body: string): boolean {
  return startsWithPlace(body) || startsWithName(body);
}

/** `十二号 …`: an item number leads. */
export function startsWithTarget(body: string): boolean {
  return parseTarget(body) !== null;
}

/** `乡镇 后叶镇`, `三星村`: the first word is a village or township name. */
export function startsWithPlaceName(body: string): boolean {
  return PLACE_NAME.test(body.split(/[\s,，:：]/)[0]);
}
