// Visit coverage against a target: share and count on each bar, furthest behind first, the
// target named, villages without such households named apart, and nothing to show said so.
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../charts/render-chart.ts';
import { renderChartSvg } from '../../charts/render-chart-svg.ts';
import type { VisitCoverageInput, VisitCoverageRow } from '../../charts/types.ts';
import { visitCoverageChart } from '../../charts/visit-coverage-chart.ts';
import { decodePng } from '../support/decode-png.ts';
import { svgTexts } from '../support/svg-texts.ts';

const coverage = (villages: VisitCoverageRow[], target = 1): VisitCoverageInput => ({
  scope: '后叶镇',
  period: { from: '2026-11-16', to: '2026-11-30' },
  households: '脱贫户、监测户',
  target,
  villages,
});

describe('visitCoverageChart', () => {
  it('writes each village’s share and households on its bar, lowest share on top, with the target', async () => {
    const svg = await renderChartSvg(
      visitCoverageChart(
        coverage(
          [
            { village: '三星村', visited: 12, total: 12 },
            { village: '五星村', visited: 5, total: 10 },
            { village: '红岩村', visited: 9, total: 10 },
            { village: '枫香村', visited: 1, total: 4 },
          ],
          0.9,
        ),
      ),
    );
    const texts = svgTexts(svg);
    const said = texts.map((t) => t.text);
    expect(said).toEqual(expect.arrayContaining(['【走访覆盖】后叶镇 11月16日—30日', '目标90%']));
    expect(said).toContain('脱贫户、监测户走访覆盖率，目标90%，差得多的排在前面');
    const rowOf = (name: string) => texts.find((t) => t.text === name)!.y;
    const barOf = (name: string) => texts.find((t) => t.text.endsWith('户）') && Math.abs(t.y - rowOf(name)) < 10)?.text;
    expect(barOf('三星村')).toBe('100%（12/12户）');
    expect(barOf('五星村')).toBe('50%（5/10户）');
    expect(barOf('红岩村')).toBe('90%（9/10户）');
    expect(barOf('枫香村')).toBe('25%（1/4户）');
    const order = ['三星村', '五星村', '红岩村', '枫香村'].sort((a, b) => rowOf(a) - rowOf(b));
    expect(order).toEqual(['枫香村', '五星村', '红岩村', '三星村']);
  });

  it('colours a bar by the target: reached or not', () => {
    const spec = visitCoverageChart(
      coverage(
        [
          { village: '三星村', visited: 9, total: 10 },
          { village: '五星村', visited: 8, total: 10 },
        ],
        0.9,
      ),
    );
    const series = (spec.option.series as Array<{ data: Array<{ value: number; itemStyle: { color: string } }> }>)[0];
    const [below, reached] = series.data;
    expect(below.value).toBe(0.8);
    expect(reached.value).toBe(0.9);
    expect(below.itemStyle.color).not.toBe(reached.itemStyle.color);
  });

  it('names a village with no such households under the chart instead of drawing a bar for it', async () => {
    const texts = svgTexts(
      await renderChartSvg(
        visitCoverageChart(
          coverage([
            { village: '三星村', visited: 3, total: 6 },
            { village: '马路坪村', visited: 0, total: 0 },
          ]),
        ),
      ),
    );
    expect(texts.map((t) => t.text)).toContain('无应访户：马路坪村');
    expect(texts.filter((t) => t.text === '马路坪村')).toHaveLength(0);
  });

  it('fits twenty villages and draws a PNG of the chart’s size', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({ village: `第${i + 1}村`, visited: i, total: 20 }));
    const spec = visitCoverageChart(coverage(rows));
    const chart = await renderChart(spec);
    const texts = svgTexts(chart.svg);
    for (const r of rows) expect(texts.map((t) => t.text)).toContain(r.village);
    for (const t of texts) expect(t.y, t.text).toBeLessThan(spec.height);
    const png = decodePng(chart.png);
    expect([png.width, png.height]).toEqual([750, spec.height]);
  });

  it('says 本期无数据 when no village has a household to visit', async () => {
    const texts = svgTexts(await renderChartSvg(visitCoverageChart(coverage([{ village: '马路坪村', visited: 0, total: 0 }])))).map(
      (t) => t.text,
    );
    expect(texts).toEqual(expect.arrayContaining(['【走访覆盖】后叶镇 11月16日—30日', '本期无数据']));
    expect(svgTexts(await renderChartSvg(visitCoverageChart(coverage([])))).map((t) => t.text)).toContain('本期无数据');
  });
});
