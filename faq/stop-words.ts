// Words that carry no topic: particles (including dialect ones: 嘞, 噻, 咯), pronouns,
// question frames (能不能, 有没有, 怎么, 哪几个, 是什么意思, 讲一下), politeness. Dropping
// them keeps a long spoken question from diluting its topic words, and keeps "what does
// it mean / which ones are they" from counting as something no entry explains.
const list = `
的 地 得 了 着 过 吗 呢 吧 啊 呀 嘛 么 哦 噢 嗯 哈 啦 咯 哟 喔 呗 不 没 没有 无
不会 不能 不要 不用 不想 不行 不了 没了 不到 得到 行 成
有没有 有木有 是不是 能不能 可不可以 可以 要不要 会不会 行不行 好不好 对不对 算不算 管不管
怎么 怎么办 怎么样 怎样 什么 多少 多久 几 哪 哪里 哪儿 哪边 谁 为什么 为啥 吗 啊
我 我们 咱 咱们 俺 你 您 你们 他 她 它 他们 她们 人家 大家 自己 家 家里 我家 我们家
这 那 这个 那个 这些 那些 这样 那样 些 个 样 回事 这种 那种
是 有 在 和 跟 与 及 或 或者 也 都 还 就 又 再 才 只 很 太 更 最 挺 蛮 好 真 老 总
要 能 会 想 得 该 应该 需要 必须 可能 可 去 来 到 给 让 把 被 对 从 向 往 用 拿 找 问 说 讲 听 看 办
还要 还有 还能 还在 不能自己 除了 另外 比如
几年 几次 几天 几个月 多长时间 多少年 多少次
村里 村上 我们村 本村 组里 我们组 镇上 乡里 县里
请问 请 问下 问一下 一下 帮 帮忙 麻烦 谢谢 知道 晓得 听说 现在 今年 以后 之后 时候 还是 然后 就是 一个 一些 具体 到底 其实 里 上 下 后 前
嘞 噻 咯 哒 哈 嗦 撒 哇 嘛 勒 咧 呐 哩 罢 好多 好些 这种 那种 情况 这样子 啥样 什么样 哪样
几件事 哪几件 几件 玩意 玩意儿 那玩意 那玩意儿
哪些 哪几个 哪几样 哪几种 哪几条 哪几项 哪种 哪一种 几样 几种 几条 几项 几个 哪个 方面 哪些方面 内容
意思 什么意思 是指 指 指的是 包括 包含 分别 分别是 具体指 干什么 做什么 干啥 干嘛 用来 有什么用 有用
哪天 哪一天 几月 几月份 几号
不懂 听不懂 搞不懂 没听懂 不明白 看不懂 弄不懂 简单 简单点 通俗
怎么弄 怎么搞 怎么回事 怎么理解 理解 讲讲 说说 讲一讲 说一说 讲下 说下 讲一下 说一下 介绍 介绍一下 解释 解释一下
`;

export const stopWords: ReadonlySet<string> = new Set(list.split(/\s+/u).filter(Boolean));
