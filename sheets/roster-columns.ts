// The columns of the roster a township already keeps (花名册), with the header variants seen
// in real sheets. A header matches after spaces, asterisks and bracket styles are removed.

export type RosterField =
  | 'township'
  | 'village'
  | 'group'
  | 'headName'
  | 'category'
  | 'idCard'
  | 'phone'
  | 'cadre'
  | 'cadrePhone'
  | 'cadreTitle'
  | 'cadreWechatId'
  | 'cadreLarkId'
  | 'cadreWecomId';

export const ROSTER_COLUMNS: Record<RosterField, { header: string; required: boolean; variants: string[] }> = {
  township: {
    header: '乡镇',
    required: false,
    variants: ['乡镇', '乡（镇）', '乡镇（街道）', '镇', '乡', '所属乡镇', '乡镇名称', '镇（乡）'],
  },
  village: { header: '村', required: true, variants: ['村', '村名', '行政村', '村（社区）', '所属村', '村社区', '村名称', '所在村'] },
  group: { header: '组', required: false, variants: ['组', '村民小组', '组别', '所在组', '小组', '社', '组（社）', '村民组'] },
  headName: { header: '户主', required: true, variants: ['户主', '户主姓名', '姓名', '户主名', '农户姓名'] },
  category: {
    header: '户类',
    required: false,
    variants: ['户类', '户类型', '户别', '类别', '农户类型', '户属性', '户类别', '家庭类型', '户类（脱贫户/监测户/低保户/特困户/一般户）'],
  },
  idCard: { header: '身份证号', required: false, variants: ['身份证号', '身份证号码', '户主身份证号', '证件号码', '身份证'] },
  phone: {
    header: '联系电话',
    required: false,
    variants: ['联系电话', '电话', '手机', '手机号', '手机号码', '户主电话', '户主联系电话', '联系方式'],
  },
  cadre: {
    header: '帮扶责任人',
    required: false,
    variants: ['帮扶责任人', '帮扶人', '责任人', '帮扶干部', '结对帮扶人', '帮扶责任人姓名'],
  },
  cadrePhone: {
    header: '责任人电话',
    required: false,
    variants: ['责任人电话', '帮扶人电话', '帮扶责任人电话', '责任人联系电话', '帮扶人联系电话', '帮扶干部电话'],
  },
  cadreTitle: {
    header: '职务',
    required: false,
    variants: ['职务', '角色', '职务/角色', '责任人职务', '帮扶人职务', '帮扶责任人职务', '身份'],
  },
  // The 帮扶责任人's own platform accounts: an account listed here is linked to them on its first message.
  cadreWechatId: {
    header: '责任人微信ID',
    required: false,
    variants: ['责任人微信ID', '帮扶人微信ID', '帮扶责任人微信ID', '微信ID', '责任人微信', '帮扶人微信', 'wxid'],
  },
  cadreLarkId: {
    header: '责任人飞书ID',
    required: false,
    variants: [
      '责任人飞书ID',
      '帮扶人飞书ID',
      '帮扶责任人飞书ID',
      '飞书ID',
      '飞书用户ID',
      '飞书open_id',
      '飞书user_id',
      'open_id',
      'user_id',
    ],
  },
  cadreWecomId: {
    header: '责任人企业微信ID',
    required: false,
    variants: ['责任人企业微信ID', '帮扶人企业微信ID', '企业微信ID', '企业微信userid', '企微ID'],
  },
};

/** The header without the things people add around it: spaces, `*` for required, bracket styles. */
export function headerKey(text: string): string {
  return text
    .replace(/[\s*＊:：]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

const byVariant = new Map<string, RosterField>();
for (const [field, col] of Object.entries(ROSTER_COLUMNS) as Array<[RosterField, (typeof ROSTER_COLUMNS)[RosterField]]>) {
  for (const v of col.variants) byVariant.set(headerKey(v), field);
}

/** Which field a header cell names, or null. Exact variants first, then a few telling words. */
export function fieldOfHeader(text: string): RosterField | null {
  const key = headerKey(text);
  if (!key) return null;
  const exact = byVariant.get(key);
  if (exact) return exact;
  if (/身份证|证件号/.test(key)) return 'idCard';
  if (/(帮扶|责任).*(电话|手机)/.test(key)) return 'cadrePhone';
  // Before the 帮扶人 rule: 责任人微信ID is an account of the 责任人, not the 责任人.
  if (/企业微信|企微|wecom/i.test(key)) return 'cadreWecomId';
  if (/微信|wxid/i.test(key)) return 'cadreWechatId';
  if (/飞书|lark|open_?id|user_?id/i.test(key)) return 'cadreLarkId';
  if (/职务|角色/.test(key)) return 'cadreTitle';
  if (/帮扶.*(人|干部)|责任人/.test(key)) return 'cadre';
  if (/户主.*(电话|手机)|^(电话|手机)/.test(key)) return 'phone';
  if (/户主.*姓名|户主$/.test(key)) return 'headName';
  if (/户.*(类|别|属性)/.test(key)) return 'category';
  if (/乡镇|街道/.test(key)) return 'township';
  if (/村民小组|组别/.test(key)) return 'group';
  if (/行政村|村.*社区|村名/.test(key)) return 'village';
  return null;
}

/** Maps each column index to a field; a header row is one that names at least 村 and 户主. */
export function mapHeader(cells: string[]): Map<number, RosterField> | null {
  const map = new Map<number, RosterField>();
  const taken = new Set<RosterField>();
  cells.forEach((cell, i) => {
    const field = fieldOfHeader(cell);
    if (field && !taken.has(field)) {
      map.set(i, field);
      taken.add(field);
    }
  });
  return taken.has('village') && taken.has('headName') ? map : null;
}
