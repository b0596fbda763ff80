// A county's roster for the import benchmark: 10 townships, 250 households a village,
// 10 帮扶责任人 a village (the first a 第一书记), valid ID and phone numbers, every
// column the import knows. Same (n, seed) → same file. Written as CSV (UTF-8) or as
// .xlsx (streamed, so writing 50,000 rows does not itself take the memory it measures).
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { mulberry32 } from './mulberry32.ts';

const HEADER = ['乡镇', '村', '组', '户主', '户类', '身份证号', '联系电话', '帮扶责任人', '责任人电话', '职务'];
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
const CATEGORIES = ['脱贫户', '监测户', '低保户', '特困户', '一般户', '边缘易致贫户'];
const HOUSEHOLDS_PER_VILLAGE = 250;
const CADRES_PER_VILLAGE = 10;
const TOWNSHIPS = 10;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

function idCard(rnd: () => number): string {
  const born = `19${40 + Math.floor(rnd() * 60)}${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  const body = `510104${born}${String(Math.floor(rnd() * 1000)).padStart(3, '0')}`;
  const sum = WEIGHTS.reduce((n, w, i) => n + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

const phone = (rnd: () => number) => `1${3 + Math.floor(rnd() * 7)}${String(Math.floor(rnd() * 1e9)).padStart(9, '0')}`;

/** The rows (header first) of an n-household roster. */
export function* rosterRows(n: number, seed = 7): Generator<string[]> {
  const rnd = mulberry32(seed);
  yield HEADER;
  const villages = Math.ceil(n / HOUSEHOLDS_PER_VILLAGE);
  let written = 0;
  for (let v = 0; v < villages && written < n; v++) {
    const township = `基准${v % TOWNSHIPS}镇`;
    const village = `基准${v}村`;
    const cadres = Array.from({ length: CADRES_PER_VILLAGE }, (_, c) => ({
      name: `${SURNAMES[(v + c) % SURNAMES.length]}${GIVEN[c % GIVEN.length]}`,
      phone: phone(rnd),
      title: c === 0 ? '第一书记' : '驻村工作队员',
    }));
    const taken = new Set<string>();
    for (let h = 0; h < HOUSEHOLDS_PER_VILLAGE && written < n; h++) {
      let name: string;
      let group: string;
      do {
        name = SURNAMES[Math.floor(rnd() * SURNAMES.length)] + GIVEN[Math.floor(rnd() * GIVEN.length)];
        group = `${1 + Math.floor(rnd() * 12)}组`;
      } while (taken.has(group + name));
      taken.add(group + name);
      const cadre = cadres[h % CADRES_PER_VILLAGE];
      yield [
        township,
        village,
        group,
        name,
        CATEGORIES[Math.floor(rnd() * CATEGORIES.length)],
        idCard(rnd),
        phone(rnd),
        cadre.name,
        cadre.phone,
        cadre.title,
      ];
      written++;
    }
  }
}

export async function writeRosterCsv(file: string, n: number): Promise<void> {
  const out = createWriteStream(file);
  for (const row of rosterRows(n)) if (!out.write(`${row.join(',')}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

export async function writeRosterXlsx(file: string, n: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = wb.addWorksheet('花名册');
  for (const row of rosterRows(n)) sheet.addRow(row).commit();
  sheet.commit();
  await wb.commit();
}
