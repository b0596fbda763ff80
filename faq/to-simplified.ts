// Villagers in Taiwan-, Hong Kong- or Traditional-set phones type 殘疾證; entries are in
// simplified Chinese, so every question is folded to simplified before matching.
import * as OpenCC from 'opencc-js/t2cn';

let convert: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  // Building the converter parses its dictionaries (~25 ms): do it once, on first use.
  const run = convert ?? (convert = OpenCC.Converter({ from: 'tw', to: 'cn' }));
  // A lone 么 is already simplified (么子, 么样 = 什么, 怎么样 in Hubei and Hunan), but the
  // converter reads it as the traditional 幺 ("youngest"); traditional text writes 麼.
  return text.includes('么') ? text.split('么').map(run).join('么') : run(text);
}
