// Villagers in Taiwan-, Hong Kong- or Traditional-set phones type 殘疾證; entries are in
// simplified Chinese, so every question is folded to simplified before matching.
import * as OpenCC from 'opencc-js/t2cn';

let convert: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  // Building the converter parses its dictionaries (~25 ms): do it once, on first use.
  const run = convert ?? (convert = OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return run(text);
}
