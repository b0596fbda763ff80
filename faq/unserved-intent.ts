// What a message asks for, when it is something a policy FAQ never gives, whatever words
// it shares with an entry. Told by the form of the sentence, not by its topic:
// - act: it asks the bot (or someone through it) to do something — 帮我打个电话, 帮我查一下,
//   你跟村主任说一声, 提醒我… The FAQ can only tell. Asking to be told (帮我讲讲, 给我解释一下)
//   is not acting, and neither is asking whether someone else can help (村里能帮我递申请不).
// - status: the asker's own case — 我的低保批了没, 我家的补助好久到账. The FAQ does not
//   know anyone's file.
// - price: what a thing costs or sells for, or where it is cheaper — 多少钱一斤, 什么价,
//   收购价, 哪里便宜, 哪家银行利息低.
// - schedule: a clock time, a day's opening, today's or tomorrow's doings, or the way to a
//   place — 几点开会, 星期六上不上班, 今天食堂吃啥, 医保局在哪条街, 怎么走, 会定在哪天,
//   那天要带啥, 巡诊哪天来, 会什么时候开, 几天能到. Policy answers hold on any day; a question
//   tied to a day, or to when someone comes or something arrives, is about an event.
// - weather: what the sky will do — 明天会不会下雨, 今年会不会天干.
// - bot: talk about the bot itself — 你是谁, 你会唱歌吗.
// - trade: buying and selling between neighbours — 哪家有鸡蛋卖, 有人要买土鸡蛋吗. Finding a
//   market for produce that will not sell (卖不出去, 找销路) is policy and is not this.
// - lost: a lost card, paper or animal — 医保卡丢了, 身份证丢了去哪补办. Replacing a paper is
//   an office errand; no entry covers it.
// - advice: which medicine, fertiliser or material to use, what to choose — 孩子发烧吃什么药,
//   施啥肥, 用啥材料好, 选啥专业好. Farming, health and shopping advice is not policy.
// Each test is a sentence pattern with a few general words, applied to the canonical text.

export type UnservedIntent = 'act' | 'status' | 'price' | 'schedule' | 'weather' | 'bot' | 'trade' | 'lost' | 'advice';

/** Intents an entry that answers from the asker's own records (`dynamic`) does serve: their own case. */
export const SERVED_BY_RECORDS: ReadonlySet<UnservedIntent> = new Set(['status']);

const CLAUSE = /[，。！？；,.!?;…～~]/u;

/** Words that address the bot or soften a request, before the verb. */
const ADDRESS = `(?:小助手|机器人|助手|你们?|您|请你?|麻烦你?|劳驾|那你)?`;
/** Verbs that only ask to be told: 帮我讲讲 is a question, 帮我打电话 is an errand. */
const TELL = `(?:讲|说说|说一?下|说明|解释|介绍|摆|分析|科普|解答|回答|答)`;
const ACT = [
  // 帮我 / 替我 / 帮忙 + a verb that is not telling
  new RegExp(String.raw`^${ADDRESS}(?:帮|替)(?:我们?|忙|下忙|一下)(?!${TELL})[\p{Script=Han}]`, 'u'),
  // 你去 / 你跟…说一声 / 你给…打: the bot sent on an errand
  /^(?:小助手|机器人|你们?|您)(?:去|跟|给|和|帮|替|转告|通知|提醒|喊|叫)/u,
  // 帮我写 / 给我填: a document written for the asker, however politely asked (能不能帮我写个申请)
  /(?:帮|替|给)我(?:们)?(?:写|填|起草)/u,
  // 给我发 / 给某人打个电话 / 把我拉进 / 提醒我 / 转告 / 喊某人来
  /^(?:给我(?:发|弄|找|拿|寄|送|打|转|订|买|写|填|开|办)|给.{1,6}打(?:个|一)?(?:个)?电话|把(?:我|这|那)|提醒我|转告|通知一?下|喊.{1,10}来|叫.{1,10}来一?趟)/u,
];

/** Acting on one's own file: applied, paid, approved, arrived… and not yet known. */
const OWN = /(?:^|[^自])(?:我|俺|我们家|我家|我屋|我的|我妈|我爸|我娘|我爹|我老伴|我儿子|我女儿)/u;
const DONE_YET =
  /(?:批|办|发|到|评|审|交|缴|领|打|选|录|核|落实|下来|到账|到位|上|好|通过)(?:了|好|上|下来|到|过)?(?:没有|没得|没|吗|了没|不)$|(批|办|发|评|审|选|交|领)没\1|(?:好久|多久|什么时候|几时)(?:才?能?)(?:到账|打到|打下来|拨下来|发下来|批下来|下来|批|发)|有没有(?:批|评|选|办|发)(?:上|下来|好|到)|有消息没|有没有消息|咋个少了|怎么少了|少了\d|了没有?$|了没得$|是不是已经|还没(?:拿到|收到|到|下来|批|发|办好|来)|(?:为啥|为什么|怎么|咋)(?:一直|还|又|都|突然)?(?:停|断|少|取消|不发|不来|不给|没(?:有)?(?:来|到|发|批))/u;

const PRICE =
  /(?:多少钱|几块钱?|几毛钱?)一(?:斤|个(?!人)|只|头|吨|方|桌|晚|趟|袋|箱|瓶|包|张|块|把|盒)|一(?:斤|只|头|吨|方|桌|晚|趟|袋|箱|瓶|包)(?:要|卖|是)?(?:多少|几块|好多)|什么价|啥价|(?:价格|价钱|价位)(?:是|大概)?(?:多少|几多|好多|怎么样|高不高|贵不贵)|收购价|市场价|行情|便宜|哪个牌子|什么牌子|哪家.{0,10}(?:低|好|划算|实惠|靠谱)/u;

const WHEN = `(?:今天|明天|后天|今晚|明晚|明早|今早|这两天|这几天|这周|下周|周末|星期[一二三四五六天日]|礼拜[一二三四五六天日]|周[一二三四五六日]|中午|早上|晚上|上午|下午|节假日|过年)`;
const OPEN = `(?:上班|下班|开门|关门|休息|值班|营业|坐诊|门诊|开会|有人|在不在|来不来|来没来|没来|开不开|上不上班)`;
/**
 * When someone comes, a meeting opens or a parcel arrives: the day of an occurrence (巡诊哪天来,
 * 会什么时候开, 几天能到), not the period a policy runs (什么时候开始, 到期, 到账 are policy).
 */
const COMES = `(?:哪天|哪一天|几时|什么时候|几天)(?:才|能|会|要|可以|就)?(?:来|开(?!始|学|展)|到(?!账|期|底|位))`;
/** Today, tonight, tomorrow, these days: not the past (前天失火 is a story, not a date). */
const NOW = `今天|明天|后天|今晚|明晚|明早|今早|这两天|这几天|这周|下周|本周|下次`;
const SCHEDULE = new RegExp(
  `${COMES}|几点|几点钟|星期几|礼拜几|周几|几号|(?:定在|安排在|放在)(?:哪天|哪一天|什么时候)|那天|${NOW}|${WHEN}.{0,12}${OPEN}|哪条街|哪条路|在几楼|几楼|怎么走|坐几路|搬到哪|地址在|什么位置|哪个位置`,
  'u',
);
const WEATHER =
  /天气|预报|气温|几度|(?:会不会|会|要不要|要)又?(?:下雨|落雨|下雪|下冰雹|冰雹|打霜|霜冻|降温|刮风|天干|干旱|出太阳|晴|涨水)/u;

const BOT =
  /你是谁|你叫什么|你的名字|你是机器人|你是不是机器人|你是真人|你是人|你几岁|你多大|你今年几岁|你会不会|你会[唱说讲跳]|你喜欢|你是男|你是女|你能干|你能做|你会干|谁开发|哪个开发|哪个公司做|你们?这个机器人/u;

const TRADE = /(?:哪家|谁家|谁)有.{0,8}卖|有(?:没有)?人要买|谁要买/u;
const LOST = /丢了|弄丢|搞丢|遗失|补办/u;
/** Canonical text: 啥 is already 什么. */
const ADVICE =
  /(?:吃|用|打|喷|施|抹|擦)(?:什么|哪种)\p{Script=Han}{0,2}(?:药|肥)|(?:用|选|买)(?:什么|哪种|谁)\p{Script=Han}{0,4}(?:好|合适|划算)/u;

export function unservedIntent(canon: string): UnservedIntent | null {
  if (BOT.test(canon)) return 'bot';
  const clauses = canon.split(CLAUSE).filter(Boolean);
  if (clauses.some((c) => ACT.some((re) => re.test(c)))) return 'act';
  if (clauses.some((c) => OWN.test(c) && DONE_YET.test(c))) return 'status';
  if (PRICE.test(canon)) return 'price';
  if (SCHEDULE.test(canon)) return 'schedule';
  if (WEATHER.test(canon)) return 'weather';
  if (TRADE.test(canon)) return 'trade';
  if (LOST.test(canon)) return 'lost';
  if (ADVICE.test(canon)) return 'advice';
  return null;
}
