// The progress of long cli jobs: a bar on a terminal, plain lines in a log.

export const progressText = {
  importing: '正在写入花名册',
  exporting: '正在导出',
  rows: '户',
  steps: '步',
  pages: '页',
  line: (label: string, percent: number, done: number, total: number, unit: string) => `${label}：${percent}%（${done}/${total} ${unit}）`,
  /** cli-progress's format string: {bar} {percentage} {value} {total} {eta_formatted} are its own fields. */
  barFormat: (label: string, unit: string) => `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | 剩余 {eta_formatted}`,
};
