// A deterministic stream of realistic group-chat messages for benchmarks: visits written as
// forms and as one-liners, issue reports, progress notes, closes and ordinary chat, in the
// proportions a busy work-team group sees. Same (n, seed) → same messages.
import { mulberry32 } from './mulberry32.ts';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗郑谢唐冉谭彭曾覃向田龚熊';
const GIVEN = [
  '德福',
  '桂芳',
  '秀兰',
  '建华',
  '光辉',
  '玉珍',
  '德明',
  '先荣',
  '小琴',
  '春梅',
  '长贵',
  '玉梅',
  '凡军',
  '国强',
  '明亮',
  '兰英',
  '大富',
  '启明',
  '正军',
  '春花',
  '秀英',
  '光明',
  '永福',
  '翠兰',
];
const VILLAGES = [
  '三星村',
  '红旗村',
  '龙潭村',
  '金竹村',
  '白果村',
  '青山村',
  '团结村',
  '清水村',
  '杨柳社区',
  '石桥村',
  '柏树村',
  '桃园社区',
];
const GROUP_WORDS = ['1组', '2组', '3组', '4组', '五组', '第6组', '7社', '十一组'];
const CATEGORIES = ['脱贫户', '监测户', '低保户', '特困户', '一般户', '边缘户', '脱贫不稳定户'];
const METHODS = ['', '', '', '电话回访', '微信联系', '视频', '院坝会'];
const DATES = ['', '', '昨天', '前天', '11月20日', '11月18号', '2026/11/15'];
const CHECKS = ['收入', '吃穿', '教育', '医疗', '住房', '饮水'];
const FORM_CHECKS = ['家庭收入', '两不愁', '义务教育', '基本医疗', '住房安全', '饮水安全'];
const GOOD = ['√', '✓', '☑', '正常', '有保障', 'OK'];
const PROBLEMS: ReadonlyArray<readonly [number, string, string]> = [
  [4, '屋顶漏雨', '需申请危房改造'],
  [5, '水压不足', '需加装增压泵'],
  [5, '水管冻裂', '需要更换水管'],
  [3, '慢病卡未办理', '协助办理慢病卡'],
  [2, '孩子辍学在家', '联系学校劝返'],
  [0, '务工收入减少', '对接公益岗位'],
];
const ASSIGNEES = ['李书记', '王队', '张主任', '陈会计', '刘站长'];
const DEADLINES = ['11月30日前', '本周五前', '下周三前', '3天内', '一周内', '月底前', '12月10日前'];
const REPORTS = [
  '通组路塌方，影响出行',
  '路灯坏了三盏',
  '垃圾清运不及时',
  '两户因宅基地边界发生纠纷',
  '低保金发放延迟',
  '想扩大养殖规模，缺少资金',
];
const CHAT = [
  '收到',
  '好的，马上到',
  '明天上午九点在村委会开会，请准时参加',
  '这个问题我们下来再研究一下',
  '本周六开院坝会',
  '辛苦了👍',
  '表格已经报上去了',
  '问题不大，下周再说',
];

export function generateCheckins(n: number, seed = 1): { text: string; now: string }[] {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const name = () => pick([...SURNAMES]) + pick(GIVEN);
  const place = () => pick(VILLAGES) + pick(GROUP_WORDS);
  const join = (parts: string[]) => parts.filter(Boolean).join(' ');

  function oneLiner(): string {
    const bad = rnd() < 0.35 ? pick(PROBLEMS) : null;
    const checks =
      rnd() < 0.25 && !bad ? ['全部达标'] : CHECKS.map((c, i) => (bad && bad[0] === i ? `${c}×（${bad[1]}）` : `${c}${pick(GOOD)}`));
    const tail = bad && rnd() < 0.6 ? [bad[2], `责任人${pick(ASSIGNEES)}`, pick(DEADLINES)] : [];
    return join([
      pick(['#走访', '＃走访', '#打卡', '【走访】', '#入户']),
      name(),
      place(),
      pick(CATEGORIES),
      pick(METHODS),
      pick(DATES),
      ...checks,
      ...tail,
    ]);
  }

  function form(): string {
    const bad = rnd() < 0.4 ? pick(PROBLEMS) : null;
    const lines = ['#民情日记', `户主：${name()}`, `村组：${place()}`, `户类：${pick(CATEGORIES)}`];
    FORM_CHECKS.forEach((c, i) => {
      lines.push(bad && bad[0] === i ? `${c}：×（${bad[1]}）` : `${c}：${pick(GOOD)}`);
    });
    if (bad) lines.push(`问题：${bad[1]}，${bad[2]}`, `责任人：${pick(ASSIGNEES)}`, `时限：${pick(DEADLINES)}`);
    if (rnd() < 0.3) lines.push('备注：老人独居，子女在外务工');
    return lines.join('\n');
  }

  const out: { text: string; now: string }[] = [];
  for (let i = 0; i < n; i++) {
    const day = 1 + Math.floor(rnd() * 28);
    const now = `2026-12-${String(day).padStart(2, '0')}T${String(8 + Math.floor(rnd() * 12)).padStart(2, '0')}:30:00+08:00`;
    const r = rnd();
    let text: string;
    if (r < 0.35) text = oneLiner();
    else if (r < 0.55) text = form();
    else if (r < 0.65) text = `#问题 ${place()}${pick(REPORTS)}，由${pick(ASSIGNEES)}负责，${pick(DEADLINES)}`;
    else if (r < 0.72) text = `#进展 ${1 + Math.floor(rnd() * 60)} 已联系施工队，明天上门`;
    else if (r < 0.78) text = rnd() < 0.5 ? `#销号 ${1 + Math.floor(rnd() * 60)} 已修好` : `${1 + Math.floor(rnd() * 60)}号问题已销号`;
    else if (r < 0.8) text = pick(['#台账', '#周报', `#台账 ${pick(VILLAGES)}`, '问：脱贫户小额信贷最多能贷多少？']);
    else text = pick(CHAT);
    out.push({ text, now });
  }
  return out;
}
