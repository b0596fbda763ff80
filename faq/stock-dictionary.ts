// jieba's stock dictionary (~350k lines "word count tag", 5 MB): the segmenter loads it,
// and the word-frequency table is built from it. Read when needed and not kept: each
// reader builds its own compact form, and a read takes about 10 ms.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The package's `dict` subpath ships without types NodeNext can see; its dictionary is a
// plain file next to package.json, so read that directly.
export function stockDictionary(): Buffer {
  return readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'));
}
