// General signs that a message is not a policy question: weather, market prices, lost
// animals or things, buying and selling between neighbours, parcels and passwords, meeting
// times, greetings. A signal does not veto an answer on its own; it raises the bar, so
// "下雨房子漏了能不能修" still reaches the housing entry while "今天下雨不" does not.

export type OutOfScopeKind = 'bot' | 'weather' | 'price' | 'lost' | 'trade' | 'errand' | 'schedule' | 'chat' | 'civil' | 'other-policy' | 'advice';

const signals: ReadonlyArray<readonly [OutOfScopeKind, RegExp]> = [
  // Talk about the bot itself is never a policy question, whatever words it shares.
  ['bot', /你是谁|你叫什么|你是机器人|你是不是机器人|你是真人|你是人|你几岁|你多大|你会不会|你会[唱说讲跳]|你在哪|你喜欢/u],
  ['weather', /天气|预报|下雨[不没吗啊]|会下雨|下不下雨|会不会下|下雪|气温|几度|刮风|降温|出太阳|晴天|阴天|冷不冷|热不热/u],
  ['price', /多少钱一[斤两公把头只袋箱]|什么价|啥价|价位|卖多少|多少一斤|一斤|几块钱|几块一|收购价|市场价|价格|价钱|行情|涨价|降价|卖几多|菜价|肉价|猪价|房价|租金/u],
  ['lost', /丢了|跑丢|走丢|弄丢|不见了|找不到了|走失|跑了|有人看[到见]|谁看[到见]|捡到/u],
  ['trade', /谁家有|哪家有|哪个有.{0,6}卖|有没有人(要|买|卖|收)|有人要|出售|转让|要买|想买|求购|出租|租房/u],
  ['errand', /快递|包裹|取件|外卖|wifi|无线网|密码|网速|话费|充值|信号|停电|电费|班车|公交|车票|发车|几路车|打车/u],
  ['schedule', /几点|\d+点|点钟|(上午|下午|晚上|早上)[一二三四五六七八九十两\d]|星期几|礼拜几|周几|几号|赶场|赶集|放假|下班|上班时间|营业|有人上班|有没有人在|开门/u],
  ['chat', /^(你好|您好|在吗|在不在|在没|哈哈|嘿|早上好|早安|晚上好|晚安|谢谢|多谢|辛苦了|好的|收到)|吃饭了|吃了没|吃饭没|睡了没|讲个笑话|聊聊天|无聊/u],
  ['civil', /身份证|户口本|户口迁|结婚|离婚|驾照|驾驶证|护照|出生证|准生|健康证|营业执照|许可证/u],
  // Neighbouring public business this FAQ has no entry for (land, roads, conscription,
  // exams): cadres answer these, so a loose word match must not.
  ['other-policy', /宅基地|承包地|土地承包|承包合同|确权|征地|占地|占了.{0,4}地|拆迁|修路|征兵|当兵|参军|高考|中考|志愿|选举|换届|计生|罚款|纠纷.{0,4}(打官司|起诉)|起诉|打官司/u],
  // Personal advice rather than policy: medicine, farming technique, phones.
  ['advice', /发烧|咳嗽|感冒|头疼|头痛|肚子疼|吃什么药|吃啥药|什么药|打针|化肥|农药|施肥|打药|病虫|产量|饲料|怎么种|种什么好|微信|手机|照片|视频|语音|群里发/u],
];

/** Kinds that end the match outright instead of raising the bar. */
export const VETO_KINDS: ReadonlySet<OutOfScopeKind> = new Set(['bot']);

/** The first kind of non-policy talk the text shows, or null. Expects normalised text. */
export function outOfScopeSignal(text: string): OutOfScopeKind | null {
  for (const [kind, re] of signals) if (re.test(text)) return kind;
  return null;
}
