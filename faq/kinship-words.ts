// Family and neighbours: who a villager's story is about, never what it asks. jieba tags
// most of them as ordinary nouns (男人, 儿子, 老伴), so without this list a long story about
// one's husband or son would count those words against every entry. They weigh as names do.
export const kinshipWords: ReadonlySet<string> = new Set(
  `
男人 女人 老婆 老公 丈夫 妻子 媳妇 婆娘 堂客 儿子 女儿 儿媳 儿媳妇 女婿 老汉 老汉儿 老伴 老头 老头子 老太婆 老太太 老婆婆
爸 妈 爸爸 妈妈 爹 娘 老爸 老妈 父亲 母亲 父母 爹妈 爷爷 奶奶 外公 外婆 姥姥 姥爷 公公 婆婆 岳父 岳母 丈人 丈母娘
哥 姐 弟 妹 哥哥 姐姐 弟弟 妹妹 兄弟 姐妹 叔 叔叔 婶 婶婶 伯伯 舅舅 舅妈 姑姑 姨 阿姨 幺叔 幺爸 侄儿 侄子 侄女 外甥
亲戚 邻居 家人 一家人 家里人 屋里人 两口子 老两口
`
    .split(/\s+/u)
    .filter(Boolean),
);
