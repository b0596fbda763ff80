// The per-village ledger chart (weekly inspection, half-monthly dispatch): what its SVG says,
// in what order, that twenty and more villages fit, and that its PNG is a real picture.
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../charts/render-chart.ts';
import { renderChartSvg } from '../../charts/render-chart-svg.ts';
import type { VillageLedgerInput, VillageLedgerRow } from '../../charts/types.ts';
import { villageLedgerChart } from '../../charts/village-ledger-chart.ts';
import { decodePng } from '../support/decode-png.ts';
import { svgTexts, type SvgText } from '../support/svg-texts.ts';

const NAMES = [
  '三星村',
  '五星村',
  '红岩村',
  '枫香村',
  '水井湾村',
  '马路坪村',
  '青杠林村',
  '白果村',
  '大坪村',
  '桃园村',
  '金竹村',
  '龙潭村',
  '新华村',
  '双河村',
  '石板村',
  '柏杨村',
  '凉风垭村',
  '中坝村',
  '高峰村',
  '黄泥坝村',
];

const ledger = (villages: VillageLedgerRow[]): VillageLedgerInput => ({
  cadence: 'dispatch',
  scope: '后叶镇',
  period: { from: '2026-11-16', to: '2026-11-30' },
  villages,
});

/** Twenty villages, no two alike: overdue 0…19 reversed through the list, other figures from the index. */
const twenty = (awaitingCheck: boolean): VillageLedgerRow[] =>
  NAMES.map((village, i) => ({
    village,
    created: (i * 7) % 11,
    closed: (i * 5 + 3) % 9,
    overdue: (i * 3) % 20,
    ...(awaitingCheck ? { awaitingCheck: i % 4 } : {}),
  }));

/** The numbers written on one village's row, left to right. */
function rowNumbers(texts: SvgText[], name: string): number[] {
  const label = texts.find((t) => t.text === name);
  if (!label) throw new Error(`${name} is not on the chart`);
  return texts
    .filter((t) => /^\d+$/.test(t.text) && Math.abs(t.y - label.y) < 10)
    .sort((a, b) => a.x - b.x)
    .map((t) => Number(t.text));
}

describe('villageLedgerChart', () => {
  it('names every village once, most overdue first, each row carrying its new, closed, overdue and 待验收 figures', async () => {
    const rows = twenty(true);
    const svg = await renderChartSvg(villageLedgerChart(ledger(rows)));
    const texts = svgTexts(svg);
    expect(texts.map((t) => t.text)).toContain('【半月调度】后叶镇 11月16日—30日');
    for (const r of rows) {
      expect(texts.filter((t) => t.text === r.village)).toHaveLength(1);
      expect(rowNumbers(texts, r.village)).toEqual([r.created, r.closed, r.overdue, r.awaitingCheck]);
    }
    const top = (name: string) => texts.find((t) => t.text === name)!.y;
    const order = [...rows].sort((a, b) => top(a.village) - top(b.village)).map((r) => r.overdue);
    expect(order).toEqual([...order].sort((a, b) => b - a));
    for (const header of ['新增', '销号', '逾期', '待验收']) expect(texts.map((t) => t.text)).toContain(header);
  });

  it('puts ties on overdue in order of new items, then by name', async () => {
    const svg = await renderChartSvg(
      villageLedgerChart(
        ledger([
          { village: '甲村', created: 1, closed: 0, overdue: 0 },
          { village: '乙村', created: 2, closed: 0, overdue: 3 },
          { village: '丙村', created: 9, closed: 0, overdue: 3 },
          { village: '丁村', created: 1, closed: 0, overdue: 0 },
        ]),
      ),
    );
    const names = svgTexts(svg)
      .filter((t) => t.text.endsWith('村'))
      .sort((a, b) => a.y - b.y)
      .map((t) => t.text);
    // 丁 (dīng) before 甲 (jiǎ) in pinyin order.
    expect(names).toEqual(['丙村', '乙村', '丁村', '甲村']);
  });

  it('leaves out the 待验收 column when the input has no such step', async () => {
    const rows = twenty(false);
    const texts = svgTexts(await renderChartSvg(villageLedgerChart(ledger(rows)))).map((t) => t.text);
    expect(texts).not.toContain('待验收');
    expect(texts).toEqual(expect.arrayContaining(['新增', '销号', '逾期']));
  });

  it('fits 25 villages: the picture grows, every text stays inside it, long names end in …', async () => {
    const rows = [
      ...twenty(true),
      ...['东风村', '西岭村', '南山村'].map((village) => ({ village, created: 1, closed: 1, overdue: 0, awaitingCheck: 0 })),
    ];
    rows.push({ village: '黄泥坝社区居民委员会', created: 12, closed: 0, overdue: 1, awaitingCheck: 0 });
    rows.push({ village: '黄泥坝社区居民小组', created: 3, closed: 0, overdue: 1, awaitingCheck: 0 });
    const spec = villageLedgerChart(ledger(rows));
    const texts = svgTexts(await renderChartSvg(spec));
    expect(spec.width).toBe(750);
    expect(spec.height).toBeGreaterThan(25 * 40);
    for (const t of texts) {
      expect(t.x, t.text).toBeGreaterThanOrEqual(0);
      expect(t.x, t.text).toBeLessThanOrEqual(spec.width);
      expect(t.y, t.text).toBeGreaterThan(0);
      expect(t.y, t.text).toBeLessThan(spec.height);
    }
    for (const r of rows.slice(0, 23)) expect(texts.map((t) => t.text)).toContain(r.village);
    // Both long names are cut to the same label, and both rows are still there with their own figures.
    const cut = texts.filter((t) => t.text === '黄泥坝社区…');
    expect(cut).toHaveLength(2);
    expect(texts.some((t) => t.text.includes('居民委员会'))).toBe(false);
    const created = cut.map((c) => texts.filter((t) => /^\d+$/.test(t.text) && Math.abs(t.y - c.y) < 10).sort((a, b) => a.x - b.x)[0].text);
    expect(created.sort()).toEqual(['12', '3']);
  });

  it('draws an empty period as a titled "本期无数据" picture', async () => {
    const spec = villageLedgerChart({
      ...ledger([]),
      cadence: 'weekly',
      scope: '三星村',
      period: { from: '2026-11-16', to: '2026-11-22' },
    });
    const chart = await renderChart(spec);
    const texts = svgTexts(chart.svg).map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['【每周督查】三星村 11月16日—22日', '本期无数据']));
    const png = decodePng(chart.png);
    expect([png.width, png.height]).toEqual([spec.width, spec.height]);
  });

  it('draws with the full font when the install-time cut is missing, and a name outside GB2312', async () => {
    const spec = villageLedgerChart(ledger([{ village: '大塝村', created: 2, closed: 1, overdue: 1 }]));
    const chart = await renderChart(spec, { fontDir: '/nonexistent/chart-fonts' });
    expect(svgTexts(chart.svg).map((t) => t.text)).toContain('大塝村');
    expect(decodePng(chart.png).height).toBe(spec.height);
  });

  it('gives a PNG a viewer can open, 750 px wide and as tall as the chart', async () => {
    const spec = villageLedgerChart(ledger(twenty(true)));
    const chart = await renderChart(spec);
    const png = decodePng(chart.png);
    expect(png.width).toBe(750);
    expect(png.height).toBe(spec.height);
    expect(chart.png.length).toBeGreaterThan(20_000);
  });
});
