import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entrySchema } from '../../faq/entry-schema.ts';
import { fillContacts } from '../../faq/fill-contacts.ts';
import { DEFAULT_FAQ_DIR } from '../../faq/load-entries.ts';
import { toSimplified } from '../../faq/to-simplified.ts';
import { faqReplies } from '../../prompts/faq-replies.ts';
import { DEV_CORPUS, entries, readLabelled, specTopicIds } from './support.ts';

const byId = new Map(entries.map((e) => [e.id, e]));
const rendered = (id: string) => fillContacts(byId.get(id)!.answer);

/** The facts the spec says each answer must cover, as they are worded in the answers. */
const KEY_FACTS: Record<string, string[]> = {
  'lbc-sbz': ['不愁吃', '不愁穿', '义务教育', '基本医疗', '住房安全', '饮水安全'],
  'liu-ge-jingzhun': ['扶持对象精准', '项目安排精准', '资金使用精准', '措施到户精准', '因村派人精准', '脱贫成效精准'],
  'wu-ge-yipi': ['发展生产', '易地搬迁', '生态补偿', '发展教育', '社会保障兜底'],
  'si-ge-buzhai': ['不摘责任', '不摘政策', '不摘帮扶', '不摘监管'],
  'fanpin-jiance': ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户', '收入骤减', '支出骤增', '因病', '因灾', '因意外'],
  'jiance-shenbao': ['农户自主申报', '干部走访排查', '部门筛查预警', '村里评议', '乡镇审核', '县里确定', '风险消除'],
  'xiaoe-xindai': ['5万元以下', '3年以内', '免担保', '免抵押', '基准利率', '财政贴息', '发展生产', '村委会', '银行'],
  'fumin-dai': ['各地', '当地银行', '乡镇公布', '走访', '院坝会', '转交银行'],
  'yibao-canbao': ['每年', '按时参保', '特困', '低保', '监测对象', '参保资助', '新生儿', '新增人口'],
  'sanchong-baozhang': ['三重保障', '基本医保', '大病保险', '医疗救助', '先诊疗后付费', '一站式', '定点医院'],
  manbing: ['慢性病', '特殊病种', '门诊', '报销', '认定', '慢病卡', '村医', '乡镇卫生院'],
  'jiating-yisheng': ['签约', '随访', '健康管理', '巡诊'],
  'yiwu-jiaoyu': ['两免一补', '免学杂费', '免教科书费', '寄宿生', '营养餐', '失学辍学', '外地'],
  'yulu-jihua': ['脱贫家庭', '监测户', '中职', '高职', '每学期', '当地通知'],
  'weifang-gaizao': ['鉴定', 'C级', 'D级', '低保', '特困', '脱贫户', '监测户', '优先', '村委会'],
  'yinshui-anquan': ['水量', '水质', '用水方便程度', '供水保证率', '村里', '帮扶责任人'],
  'gongyi-gangwei': ['护林员', '保洁员', '巡河员', '弱劳力', '半劳力', '无法外出', '脱贫人口', '监测对象'],
  'jiuye-bangfu': ['交通补助', '技能培训', '就业帮扶车间', '就近务工', '以当地公布为准'],
  'chanye-jiangbu': ['至少发展一项', '奖补', '当地公布', '合作社', '入股'],
  'nongcun-dibao': ['户籍所在地乡镇', '村委会代为提出', '入户调查', '公示', '动态调整'],
  'tekun-gongyang': ['无劳动能力', '无生活来源', '无法定赡养', '分散供养', '集中供养'],
  'linshi-jiuzhu': ['突发事件', '意外', '重病', '暂时', '乡镇（街道）', '村委会'],
  'canji-butie': ['困难残疾人生活补贴', '重度残疾人护理补贴', '残疾人证'],
  'yanglao-baoxian': ['低保', '特困', '监测对象', '代缴', '最低档次'],
  'yidi-banqian': ['就业', '产业', '社区服务', '融入', '迁入地'],
  'xiaofei-bangfu': ['帮扶产品', '认定', '832', '线上', '线下', '专柜'],
  'cungui-minyue': ['讨论', '三分之二以上村民代表', '过半数', '合法性审查', '备案', '张榜公布'],
  'wu-ge-daohu': ['党员联系到户', '民情走访到户', '政策落实到户', '产业对接到户', '精准服务到户'],
  'ba-ge-yi': ['大走访', '恳谈会', '急难愁盼', '矛盾纠纷', '民生政策', '院坝会', '村规民约', '先进典型'],
  'xingfu-jijin': ['自愿筹资', '集体经济', '不低于5%', '捐资', '大病', '意外', '就学'],
  'fanying-wenti': ['帮扶责任人', '驻村工作队', '村两委', '乡镇受理', '匿名', '打击报复'],
  'bangfu-zerenren': ['@我', '私下', '帮扶责任人', '村委会'],
};

/** Entries whose amounts or steps differ by place: they must not sound like a promise. */
const VARIES_LOCALLY = [
  'si-ge-buzhai', 'fanpin-jiance', 'jiance-shenbao', 'xiaoe-xindai', 'fumin-dai', 'yibao-canbao', 'sanchong-baozhang',
  'manbing', 'jiating-yisheng', 'yulu-jihua', 'weifang-gaizao', 'gongyi-gangwei', 'jiuye-bangfu', 'chanye-jiangbu',
  'nongcun-dibao', 'tekun-gongyang', 'linshi-jiuzhu', 'canji-butie', 'yanglao-baoxian', 'yidi-banqian', 'xiaofei-bangfu',
  'ba-ge-yi', 'xingfu-jijin',
];

const LOCAL_CONTACT = /帮扶责任人|驻村工作队|村委会|村两委|村医|卫生院|乡镇|学校|安置社区|银行|\{team_phone\}|\{township_hotline\}/;
const bigrams = (s: string) => {
  const t = s.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
  return new Set([...t].slice(1).map((c, i) => t[i] + c));
};
const jaccard = (a: Set<string>, b: Set<string>) => {
  const shared = [...a].filter((x) => b.has(x)).length;
  return shared / Math.max(1, a.size + b.size - shared);
};

describe('the curated FAQ entries', () => {
  it('has a file for every topic id in the spec', () => {
    const missing = specTopicIds().filter((id) => !byId.has(id));
    expect(missing).toEqual([]);
  });

  it('reads 32 or more entries from prompts/faq', () => {
    expect(entries.length).toBeGreaterThanOrEqual(specTopicIds().length);
  });

  it.each(entries.map((e) => [e.id]))('keeps %s valid against the entry schema', (id) => {
    const raw = JSON.parse(readFileSync(`${DEFAULT_FAQ_DIR}/${id}.json`, 'utf8'));
    expect(entrySchema.safeParse(raw).success).toBe(true);
  });

  it.each(Object.entries(KEY_FACTS))('covers the key facts of %s', (id, facts) => {
    const answer = rendered(id);
    expect(facts.filter((f) => !answer.includes(f))).toEqual([]);
  });

  it.each(VARIES_LOCALLY.map((id) => [id]))('tells the villager that %s varies by place', (id) => {
    expect(rendered(id)).toMatch(/以(当地|本村)[^，。；]{0,6}(公布|通知)为准/);
  });

  it('ends every answer by naming who to ask locally', () => {
    const noContact = entries.filter((e) => {
      const sentences = e.answer.split('。').filter((s) => s.trim());
      return !LOCAL_CONTACT.test(sentences[sentences.length - 1]);
    });
    expect(noContact.map((e) => e.id)).toEqual([]);
  });

  it('writes every answer in simplified characters', () => {
    const traditional = entries.filter((e) => toSimplified(e.answer) !== e.answer).map((e) => e.id);
    expect(traditional).toEqual([]);
  });

  it('never puts a phone number into an answer file', () => {
    expect(entries.filter((e) => /\d{7,}|\d{3,4}-\d{7,8}/.test(e.answer)).map((e) => e.id)).toEqual([]);
  });

  it('gives every entry 8 to 15 different ways of asking', () => {
    for (const e of entries) {
      expect(e.questions.length).toBeGreaterThanOrEqual(8);
      expect(e.questions.length).toBeLessThanOrEqual(15);
      expect(new Set(e.questions).size).toBe(e.questions.length);
    }
  });

  it('answers the assigned-cadre topic from the roster with a fallback that lists nobody', () => {
    const e = byId.get('bangfu-zerenren')!;
    expect(e.dynamic).toBe('assigned-cadre');
    expect(e.answer).toBe(faqReplies.assignedCadreFallback);
    expect(e.answer).not.toMatch(/\d/);
    expect(entries.filter((x) => x.dynamic).map((x) => x.id)).toEqual(['bangfu-zerenren']);
  });

  it.runIf(existsSync(DEV_CORPUS))('does not copy the dev corpus into the entries', () => {
    const dev = readLabelled(DEV_CORPUS).map((c) => ({ q: c.q, grams: bigrams(c.q) }));
    const copied = entries.flatMap((e) =>
      e.questions.filter((q) => dev.some((d) => jaccard(bigrams(q), d.grams) >= 0.6)).map((q) => `${e.id}: ${q}`),
    );
    expect(copied).toEqual([]);
  });
});
