// What `cli import` and `cli export` print for the county/township admin.
import type { RosterImport } from '../storage/roster.ts';

export const rosterText = {
  importUsage:
    '用法：npm run cli -- import 花名册.xlsx（或 .csv）[--dry-run]\n表头：乡镇、村、组、户主、户类、身份证号、联系电话、帮扶责任人、责任人电话、职务、责任人微信ID、责任人飞书ID（身份证号及之后可省略）',
  checked: (rows: number, bad: number) => `检查完成（未写入）：可导入 ${rows} 行${bad ? `，有问题 ${bad} 行` : ''}。`,
  imported: (r: RosterImport, rows: number) =>
    [
      `导入完成：${rows} 行。`,
      `  乡镇 ${r.townships.length} 个${r.townships.length ? `（${someOf(r.townships)}）` : ''}，村 ${r.villages.length} 个（${someOf(r.villages)}）`,
      `  农户：新增 ${r.households.created} 户，更新 ${r.households.updated} 户`,
      `  帮扶责任人：新增 ${r.cadres.created} 人，更新 ${r.cadres.updated} 人`,
    ].join('\n'),
  errorsTitle: (n: number) => `以下 ${n} 行没有导入，改正后重新导入即可（已导入的不会重复）：`,
  warningsTitle: (n: number) => `以下 ${n} 处已导入，但有字段留空：`,
  problem: (row: number, reason: string) => `  第 ${row} 行：${reason}`,
  nothing: '花名册里没有可导入的行。',
  leaderIncomplete: '乡镇领导表：姓名、职务、乡镇都要填',
  leaderTooLong: '乡镇领导表：姓名、职务或乡镇太长（姓名不超过 20 字，乡镇、职务不超过 30 字）',
  leadersImported: (r: { leaders: number; linked: number }) => `  乡镇领导：${r.leaders} 人，联系村 ${r.linked} 个`,
  leaderErrorsTitle: (n: number) => `乡镇领导表以下 ${n} 行没有导入：`,
  xlsxUnreadable: '这个 .xlsx 文件打不开（可能已损坏或加了密码）',
  xlsxUnreadableHint: '用 Excel/WPS 打开后重新保存为 .xlsx 再导入',
  moreRows: (n: number, rows: string) => `  ……另有 ${n} 行：第 ${rows} 行`,
  columnsKept: (headers: string[]) => `文件里没有“${headers.join('”“')}”列：数据库里已有的这些内容保持不变。`,
  importFailed: (why: string) => `导入没有完成，数据库没有任何改动：${why}。处理后重新导入即可。`,
  dbUnavailable: '连不上数据库，请检查数据库是否在运行',
  dbRefused: (code: string) => `数据库拒绝了写入（错误代码 ${code}），请把这行提示发给县里的系统管理员`,

  // Why a row was left out (listed under errorsTitle / warningsTitle with its row number).
  tooLong: (header: string, length: number, max: number) => `“${header}”一栏太长（${length} 个字，最多 ${max} 个字）`,
  strayQuote: '这一行有一个没有配对的英文引号 "，整行没有导入（后面的行照常导入）；删掉多余的引号后重新导入',
  duplicateSame: (first: number) => `与第 ${first} 行完全相同，只导入一次`,
  duplicateDiffers: (household: string, others: string) =>
    `与第 ${others} 行是同一户（${household}）但内容不同，这几行都没有导入；请只保留一行`,

  exportUsage: '用法：npm run cli -- export ledger|visits [村名] --out 文件.xlsx',
  unknownVillage: (name: string) => `没有找到“${name}”，请核对村名。`,
  exported: (what: 'ledger' | 'visits', rows: number, file: string) =>
    `已导出${what === 'ledger' ? '问题台账' : '走访记录'} ${rows} 条：${file}`,
};

/** A county has hundreds of villages: the summary names the first few. */
function someOf(names: string[], shown = 10): string {
  return names.length > shown ? `${names.slice(0, shown).join('、')}等` : names.join('、');
}
