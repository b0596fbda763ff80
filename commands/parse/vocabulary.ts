// The words cadres use, gathered in one place so the rules elsewhere read as rules.
// Language: docs/checkin-language.md. Lists are sorted longest-first where they feed a
// regex alternation, because the regex engine takes the first alternative that fits.
import type { CheckKey, HouseholdCategory, IssueCategory, VisitMethod } from '../../core/checkin.ts';

/** Escapes regex metacharacters so a word table can be joined into an alternation. */
export function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest first, so `走访打卡` wins over `走访` and `已整改` over `整改`. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

export const CHECK_WORDS: Readonly<Record<string, CheckKey>> = {
  收入: 'income', 家庭收入: 'income', 人均收入: 'income',
  吃穿: 'food', 不愁吃穿: 'food', 两不愁: 'food', 吃饭穿衣: 'food',
  教育: 'education', 义务教育: 'education', 上学: 'education',
  医疗: 'medical', 基本医疗: 'medical', 医保: 'medical', 看病: 'medical',
  住房: 'housing', 住房安全: 'housing', 房屋: 'housing', 住房保障: 'housing',
  饮水: 'water', 饮水安全: 'water', 吃水: 'water', 用水: 'water',
};

/** The ledger category a check problem files under. */
export const CHECK_CATEGORY: Readonly<Record<CheckKey, IssueCategory>> = {
  income: '收入', food: '吃穿', education: '教育', medical: '医疗', housing: '住房', water: '饮水',
};

/** Marks that need no boundary after them: symbols and words that cannot start a longer word. */
export const SECURE_MARKS = ['√', '✓', '✔', '☑', '✅', '🆗', '有保障', '已保障', '无问题', '没问题', '正常', '达标', '已达标', '均达标', '没有问题'];
export const PROBLEM_MARKS = ['×', '✗', '✘', '✖', '❌', '❎', '☒', '不达标', '未达标', '未保障', '无保障', '没保障', '有问题', '存在问题', '不正常'];
/** Single-letter or single-character marks: only a mark when a boundary follows (`住房有裂缝` is not `住房有`). */
export const SECURE_SHORT_MARKS = ['是', '有', '好', 'OK', 'ok', 'Ok'];
export const PROBLEM_SHORT_MARKS = ['X', 'x', '否', '差', '缺', '无'];

export const HOUSEHOLD_CATEGORY_WORDS: Readonly<Record<string, HouseholdCategory>> = {
  脱贫户: '脱贫户', 脱贫: '脱贫户',
  监测户: '监测户', 监测对象: '监测户', 防返贫监测户: '监测户', 监测: '监测户',
  边缘户: '监测户', 边缘易致贫户: '监测户', 脱贫不稳定户: '监测户', 突发严重困难户: '监测户',
  低保户: '低保户', 低保: '低保户',
  特困户: '特困户', 特困供养户: '特困户', 五保户: '特困户', 特困: '特困户',
  一般户: '一般户', 一般农户: '一般户', 普通户: '一般户', 非贫困户: '一般户',
};

export const METHOD_WORDS: Readonly<Record<string, VisitMethod>> = {
  入户: '入户', 上门: '入户', 实地: '入户',
  电话: '电话', 电话回访: '电话', 电联: '电话',
  视频: '线上', 微信: '线上', 线上: '线上', 网上: '线上', 视频通话: '线上', 微信视频: '线上', 视频连线: '线上',
  微信视频连线: '线上', 语音: '线上', 微信语音: '线上', 打电话: '电话',
  院坝会: '院坝会', 院坝: '院坝会',
};
/** What may follow a method word in one token: `微信联系`, `电话回访`, `入户走访`. */
export const METHOD_SUFFIXES = ['联系', '回访', '走访', '通话', '沟通', '访谈', '方式', '了解', '连线'];

/** Keys a person writes before a colon, by the field they fill. */
export const FIELD_KEYS = {
  household: ['户主', '农户', '走访对象', '对象', '户主姓名', '姓名', '户名', '被走访人'],
  place: ['村组', '村', '地址', '所在村', '村社', '住址', '村名'],
  group: ['组', '村民小组', '小组'],
  category: ['户类', '类型', '户别', '户属性', '类别', '户类型'],
  method: ['方式', '走访方式'],
  date: ['日期', '时间', '走访日期', '走访时间'],
  notes: ['备注', '情况', '其他', '其它', '说明', '家庭情况'],
  assignee: ['责任人', '负责人', '包保人', '帮扶人', '经办人', '责任领导'],
  due: ['时限', '限期', '期限', '截止', '截止时间', '截止日期', '完成时限', '整改时限', '完成时间', '整改时间', '办结时限'],
  /** A 满意度 whose level is no known word (`满意度：还行吧`) is kept as a note. */
  satisfaction: ['满意度', '满意情况', '群众满意度', '满意程度'],
  satisfactionReason: ['不满意原因', '满意度原因'],
} as const;
export type FieldKey = keyof typeof FIELD_KEYS;

/** Ledger categories as written in brackets, with the longer names people use. */
export const ISSUE_CATEGORY_LABELS: Readonly<Record<string, IssueCategory>> = {
  收入: '收入', 吃穿: '吃穿', 两不愁: '吃穿', 教育: '教育', 义务教育: '教育', 医疗: '医疗', 基本医疗: '医疗',
  住房: '住房', 住房安全: '住房', 饮水: '饮水', 饮水安全: '饮水', 就业: '就业', 产业: '产业',
  基础设施: '基础设施', 设施: '基础设施', 人居环境: '人居环境', 环境: '人居环境',
  矛盾纠纷: '矛盾纠纷', 纠纷: '矛盾纠纷', 矛盾: '矛盾纠纷', 政策落实: '政策落实', 政策: '政策落实', 其他: '其他', 其它: '其他',
};

/**
 * The things a ledger item may be about, by category, in priority order: when a text names
 * two things equally (a roof and a subsidy), the earlier category files it. A thing weighs
 * less than a word that says what is wrong (ISSUE_PROBLEM_WORDS); a one-character thing
 * (路, 桥) weighs least, since it so often sits inside other words.
 */
export const ISSUE_CATEGORY_WORDS: ReadonlyArray<readonly [IssueCategory, readonly string[]]> = [
  ['住房', ['屋顶', '房顶', '房屋', '住房', '房子', '墙体', '墙面', '院墙', '后墙', '瓦片', '屋面', '门窗', '房梁', '屋檐', '地基', '厨房', '土坯房', '危房改造']],
  ['饮水', ['水管', '水压', '自来水', '饮水', '吃水', '水源', '水质', '水井', '水窖', '水池', '水塔', '供水', '用水', '饮用水', '管网', '管道', '水表', '水龙头', '水泵', '蓄水', '饮水池']],
  ['医疗', ['医保', '慢病', '看病', '就医', '医疗', '报销', '参保', '大病', '慢性病', '医药费', '药费', '买药', '家庭医生', '签约医生', '卫生室', '医生', '体检', '药品', '吃药']],
  ['教育', ['上学', '学费', '入学', '助学', '读书', '教育', '学校', '学生', '雨露计划', '校车', '寄宿', '营养餐', '幼儿园']],
  ['就业', ['务工', '就业', '打工', '用工', '招工', '劳务', '公益岗', '岗位', '找工作', '培训', '工资']],
  ['产业', ['养殖', '种植', '销路', '产业', '合作社', '农产品', '信贷', '种苗', '果园', '茶园', '茶叶', '药材', '蔬菜', '养猪', '养牛', '养羊', '养鸡', '养蜂', '化肥', '农资', '养鸭', '养鱼', '果树', '苗木', '销售', '收购']],
  ['基础设施', ['路灯', '道路', '公路', '路面', '桥', '桥面', '桥梁', '用电', '电线', '电压', '电网', '网络', '信号', '水渠', '灌溉', '堰塘', '山坪塘', '护栏', '堡坎', '挡土墙', '机耕道', '便道', '通行', '出行', '电杆', '电线杆', '变压器', '排水沟', '沟渠', '涵洞', '路', '产业路', '通组路', '通村路', '入户路']],
  ['人居环境', ['垃圾', '厕所', '旱厕', '改厕', '污水', '化粪池', '粪污', '卫生', '人居环境', '环境', '柴草', '臭', '粪']],
  ['矛盾纠纷', []],
  ['政策落实', ['低保', '低保金', '补贴', '补助', '救助', '养老金', '养老保险', '社保', '政策', '残疾', '五保', '特困供养', '兑现', '发放']],
  ['收入', ['收入', '增收', '收入来源']],
  ['吃穿', ['吃穿', '口粮', '衣被', '棉被', '衣物', '棉衣', '过冬', '吃饭']],
];

/**
 * Words that say what is wrong and, by themselves, which kind of trouble it is: a quarrel is
 * 矛盾纠纷 whatever it is over (`为排水沟的事吵架`), a dropout is 教育 wherever the child lives,
 * a programme taken away (`低保被取消`) is 政策落实 whatever the programme.
 */
export const ISSUE_PROBLEM_WORDS: ReadonlyArray<readonly [IssueCategory, readonly string[]]> = [
  ['住房', ['漏雨', '危房']],
  ['饮水', ['停水', '断水', '缺水', '没水吃', '没水喝', '吃水难']],
  ['医疗', ['住院', '生病', '患病', '看病难', '就医难', '瘫痪']],
  ['教育', ['辍学', '失学', '厌学', '上不起学', '读不起书']],
  ['就业', ['失业', '找不到工作', '没活干', '欠薪', '拖欠工资']],
  ['产业', ['滞销', '卖不出去', '卖不掉', '没人收']],
  ['基础设施', ['停电', '断电', '塌方']],
  ['人居环境', ['脏乱', '脏乱差', '乱堆', '乱倒', '乱扔', '乱排', '直排', '发臭', '恶臭', '臭气']],
  ['矛盾纠纷', ['纠纷', '矛盾', '争吵', '争执', '吵架', '打架', '打起来', '吵起来', '闹起来', '调解', '信访', '上访', '扯皮', '吵闹', '冲突', '不和']],
  ['政策落实', ['取消', '停发', '未发放', '没发放', '没发', '未发', '没到账', '未到账', '没领到', '未领到', '未享受', '没享受', '漏评', '错评', '未兑现', '没兑现', '未落实', '没落实', '清退', '停保']],
  ['收入', ['没钱', '缺钱', '经济困难', '负债', '欠债', '没有收入', '无收入', '收入低']],
  ['吃穿', ['缺粮', '没饭吃', '吃不饱', '穿不暖', '缺衣']],
];

/** Words that say something is wrong but not what kind of thing: they lend weight to the thing just before them (`水管漏水`, `屋顶漏水`). */
export const GENERIC_PROBLEM_WORDS = [
  '坏', '坏了', '损坏', '破损', '破了', '漏水', '渗漏', '堵塞', '堵了', '垮塌', '倒塌', '坍塌', '开裂', '裂缝', '冻裂', '爆裂',
  '松动', '不亮', '不通', '冲毁', '冲坏', '冲垮', '老化', '断了', '烂了', '坑洼', '积水', '没人清理', '无人清理', '没人管', '无人管',
];

/** Words holding a one-character thing (路) that are not about it (`找不到门路`, `路费`). */
export const NEUTRAL_WORDS = ['门路', '出路', '思路', '路费', '一路', '路过', '路上', '走路', '带路', '路线', '半路'];

/** Two-, three- or four-character runs after a command that are words, not household names. */
export const NOT_NAMES = new Set([
  '村民', '群众', '老人', '独居', '在家', '不在家', '外出', '外出务工', '户主', '本人', '家人', '子女', '儿子', '女儿',
  '今天', '昨天', '前天', '明天', '后天', '上午', '下午', '晚上', '中午', '早上', '本周', '上周', '下周',
  '走访', '入户', '打卡', '民情日记', '走访打卡', '回访', '全部', '全部达标', '其余正常', '正常', '达标', '情况',
  '一户', '两户', '该户', '此户', '这户', '一家', '全家', '贫困户', '困难户', '农户', '住户', '大家', '我们', '他们',
  '问题', '诉求', '备注', '其他', '其它', '无', '没有', '暂无', '已核实', '核实', '见面', '本村', '全村',
]);

/**
 * Common Chinese surnames. Only used where a name is not anchored by position (a second
 * token, or `王德福家` inside free text), to keep `村民家中` from becoming a household.
 */
export const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤冉牟晏文常温康施伍聂庞易樊兰殷鲁倪柳祝左涂游甘柴颜洪卜包葛巫申齐单乔岳翟关蒙詹欧司诸令敖艾安巴柏班鲍边卞岑昌晁褚党狄窦鄂房费封丰凤伏符扶富盖郜戈耿宫勾古谷管桂衡弘侯花华滑怀宦皇惠霍姬吉季纪冀简焦揭解靳荆景鞠瞿阚亢柯寇匡蒯赖蓝郎劳乐冷厉连廉凌隆娄逯禄栾骆麻满茅梅糜米宓苗闵缪穆那南聂宁牛农裴蓬皮平蒲濮浦戚祁强谯邱仇裘屈全权阙饶戎容荣茹汝阮芮桑沙商尚韶佘莘慎盛师时寿舒双宿索邰谈滕佟童屠危卫魏翁邬奚习郗鲜咸相项萧辛邢幸胥须宣荀鄢言燕羊阳仰伊殷印应雍尤鱼俞虞禹郁喻元袁云郧臧查湛章甄支仲竺庄卓訾宗祖毕卓车池代刁杭粟',
]);
