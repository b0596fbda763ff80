// What `cli faq check` and `cli faq local` print for whoever keeps the FAQ current, and
// the start-up warning about answers past their review date.
import type { FindingKind } from '../faq/review-faq.ts';

const who = (subject: string, title?: string) => (title ? `${subject}（${title}）` : subject);

export const faqCheckText = {
  usage: '用法：npm run cli -- faq check [--now 2026-12-02T09:00:00+08:00] [--within 30]\n      npm run cli -- faq local',
  header: (today: string, entries: number, localFiles: number) => `问答复核（${today}）：条目 ${entries} 条，本地文件 ${localFiles} 个`,
  sections: {
    overdue: '已过复核日期，请对照出处重新核对，再改 checkedOn 和 reviewBy',
    'due-soon': '快到复核日期',
    'no-sources': '没有出处（sources）',
    'no-checked-on': '没有核对日期（checkedOn）',
    'no-review-by': '没有复核日期（reviewBy）',
    invalid: '文件有错，机器人启动不了',
    ended: '把已结束或改名的政策说成现行的',
    'missing-fact': '回答缺了必须说的要点（mustSay）',
  } satisfies Record<FindingKind, string>,
  line: (kind: FindingKind, subject: string, title: string | undefined, detail: string) => {
    switch (kind) {
      case 'overdue':
        return `  · ${who(subject, title)}：应在 ${detail} 前复核`;
      case 'due-soon':
        return `  · ${who(subject, title)}：${detail} 前复核`;
      case 'missing-fact':
        return `  · ${who(subject, title)}：没有“${detail}”`;
      case 'ended':
      case 'invalid':
        return `  · ${who(subject, title)}：${detail}`;
      default:
        return `  · ${subject}.json`;
    }
  },
  soonWindow: (days: number) => `（${days} 天内）`,
  passed: '全部通过：每条都有出处和核对日期，没有过期，没有把已结束的政策说成现行的，必须说的要点都在。',
  failed: (n: number) => `有 ${n} 处要处理（见上）。`,
  startupWarning: '以下问答已过复核日期，机器人照常回答，请尽快核对：',
  localHeader: '县、乡镇可以在 prompts/faq/local/ 里填的本地事项（说明见 docs/faq-local.md）：',
  localLine: (name: string, what: string, entries: string[], set: { value: string; file: string } | undefined, hedge: string) =>
    `  · ${name}：${what}（用于 ${entries.join('、')}）${set ? ` 现在：${set.value}（${set.file}）` : hedge ? ` 未填，回答说“${hedge}”` : ' 未填，回答里不提'}`,
  localContacts: (contacts: Record<string, string>) =>
    Object.keys(contacts).length
      ? `本地文件里的电话：${Object.entries(contacts)
          .map(([k, v]) => `${k}=${v}`)
          .join('，')}（环境变量 TEAM_PHONE / TOWNSHIP_HOTLINE 优先）`
      : '本地文件里没有填电话。',
};
