// What `cli import` and `cli export` print for the county/township admin.
import type { RosterImport } from '../storage/roster.ts';

export const rosterText = {
  importUsage: '用法：npm run cli -- import 花名册.xlsx（或 .csv）[--dry-run]\n表头：乡镇、村、组、户主、户类、身份证号、联系电话、帮扶责任人、责任人电话、职务、责任人微信ID、责任人飞书ID（身份证号及之后可省略）',
  checked: (rows: number, bad: number) => `检查完成（未写入）：可导入 ${rows} 行${bad ? `，有问题 ${bad} 行` : ''}。`,
  imported: (r: RosterImport, rows: number) =>
    [
      `导入完成：${rows} 行。`,
      `  乡镇 ${r.townships.length} 个${r.townships.length ? `（${r.townships.join('、')}）` : ''}，村 ${r.villages.length} 个（${r.villages.join('、')}）`,
      `  农户：新增 ${r.households.created} 户，更新 ${r.households.updated} 户`,
      `  帮扶责任人：新增 ${r.cadres.created} 人，更新 ${r.cadres.updated} 人`,
    ].join('\n'),
  errorsTitle: (n: number) => `以下 ${n} 行没有导入，改正后重新导入即可（已导入的不会重复）：`,
  warningsTitle: (n: number) => `以下 ${n} 处已导入，但有字段留空：`,
  problem: (row: number, reason: string) => `  第 ${row} 行：${reason}`,
  nothing: '花名册里没有可导入的行。',

  exportUsage: '用法：npm run cli -- export ledger|visits [村名] --out 文件.xlsx',
  unknownVillage: (name: string) => `没有找到“${name}”，请核对村名。`,
  exported: (what: 'ledger' | 'visits', rows: number, file: string) => `已导出${what === 'ledger' ? '问题台账' : '走访记录'} ${rows} 条：${file}`,
};
