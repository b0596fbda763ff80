// What `cli accounts` and `cli drafts` print for the county IT person and the FAQ maintainer.
import { platformName } from './identity.ts';

const day = (d: Date) => d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }).replace(/:\d\d$/, '');

const VIA: Record<string, string> = {
  self: '本人账号',
  roster: '花名册ID',
  tenant: '飞书通讯录',
  admin: '管理员',
  code: '认领码',
  console: '控制台',
  legacy: '旧版按姓名',
};
const ACTION: Record<string, string> = { link: '绑定', unlink: '解除', code: '发认领码' };

export const reviewText = {
  accountsUsage: '用法：npm run cli -- accounts [姓名]   列出花名册人员绑定的账号和最近的绑定记录',
  accountsHeader: '【账号绑定】',
  member: (name: string, place: string | null, role: string, accounts: Array<{ platform: string; platformUserId: string; via: string }>) =>
    `${name}${place ? `（${place}）` : ''} ${role}：${accounts.length ? accounts.map((a) => `${platformName(a.platform)} ${a.platformUserId}（${VIA[a.via] ?? a.via}）`).join('；') : '未绑定'}`,
  logHeader: '【最近的绑定记录】',
  event: (e: {
    at: Date;
    action: string;
    via: string;
    memberName: string;
    platform: string | null;
    platformUserId: string | null;
    byName: string | null;
  }) =>
    `${day(e.at)} ${ACTION[e.action] ?? e.action} ${e.memberName}${e.platform ? ` ${platformName(e.platform)} ${e.platformUserId}` : ''}（${VIA[e.via] ?? e.via}${e.byName ? `，${e.byName}` : ''}）`,
  none: '（无）',

  draftsHeader: (n: number) => `待审核的问答草稿 ${n} 条（同一问题只一条，答复为最新一次）：`,
  draft: (d: {
    id: number;
    question: string;
    answer: string;
    answeredBy: string | null;
    answers: number;
    timesAsked: number;
    chats: number;
  }) =>
    `#${d.id} 问：${d.question}\n    答：${d.answer}（${d.answeredBy ?? '—'}${d.answers > 1 ? `，改过${d.answers - 1}次` : ''}；${d.chats}个群共问${d.timesAsked}次）`,
  draftsNone: '没有待审核的问答草稿。',
  draftsHint: '加入问答库：在 prompts/faq/ 新建条目（见 prompts/faq/README.md）。',
};
