// Written Cantonese, as villagers in Guangdong and Guangxi type it, read as Mandarin: the
// function words (唔, 系, 嘅, 冇, 边个, 点样, 揾, 睇…) differ while the policy words do not.
// Unread, each of them is a word no entry knows and counts against every entry. Applied only
// to a text that has a character Mandarin does not use this way, since 系, 食, 点 and 边 are
// ordinary Mandarin words too.
const MARKERS = /[唔嘅咗哋嗰冇乜揾睇㗎嚟佢咩啲喺畀攞嘢噉喎噃囉吖]/u;

const TABLE: ReadonlyArray<readonly [cantonese: string, mandarin: string]> = [
  ['乜嘢', '什么'],
  ['咩嘢', '什么'],
  ['做乜', '为什么'],
  ['点解', '为什么'],
  ['点样', '怎么'],
  ['点办', '怎么办'],
  ['边个', '谁'],
  ['边位', '谁'],
  ['边度', '哪里'],
  ['喺边', '在哪里'],
  ['边间', '哪间'],
  ['边啲', '哪些'],
  ['边样', '哪样'],
  ['几多', '多少'],
  ['几时', '什么时候'],
  ['使唔使', '要不要'],
  ['可唔可以', '可不可以'],
  ['有冇', '有没有'],
  ['系唔系', '是不是'],
  ['唔该', '请'],
  ['唔系', '不是'],
  ['唔', '不'],
  ['冇', '没有'],
  ['系', '是'],
  ['喺', '在'],
  ['嘅', '的'],
  ['咗', '了'],
  ['嗰啲', '那些'],
  ['嗰个', '那个'],
  ['嗰', '那'],
  ['呢啲', '这些'],
  ['呢个', '这个'],
  ['啲', '些'],
  ['我哋', '我们'],
  ['你哋', '你们'],
  ['佢哋', '他们'],
  ['佢', '他'],
  ['哋', '们'],
  ['揾', '找'],
  ['睇', '看'],
  ['畀', '给'],
  ['俾', '给'],
  ['攞', '拿'],
  ['嚟', '来'],
  ['屋企', '家里'],
  ['细路仔', '孩子'],
  ['细路', '孩子'],
  ['老豆', '爸爸'],
  ['阿爸', '爸爸'],
  ['阿妈', '妈妈'],
  ['做嘢', '干活'],
  ['返工', '上班'],
  ['嘢', '东西'],
  ['食', '吃'],
  ['饮', '喝'],
  ['咁', '这么'],
  ['噉', '这样'],
  ['咩', '什么'],
  // Sentence particles: they carry tone, not meaning.
  ['㗎', ''],
  ['喎', ''],
  ['噃', ''],
  ['囉', ''],
  ['吖', ''],
];

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lookup = new Map(TABLE);
const PATTERN = new RegExp(
  [...lookup.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escaped)
    .join('|'),
  'gu',
);

/** Mandarin for a text written in Cantonese; any other text unchanged. Expects simplified characters. */
export function fromCantonese(text: string): string {
  return MARKERS.test(text) ? text.replace(PATTERN, (m) => lookup.get(m) ?? m) : text;
}
