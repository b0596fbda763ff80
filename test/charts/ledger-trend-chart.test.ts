// The trend over the last periods: each period's open and overdue items and 整改率, in order.
import { describe, expect, it } from 'vitest';
import { ledgerTrendChart } from '../../charts/ledger-trend-chart.ts';
import { renderChart } from '../../charts/render-chart.ts';
import { renderChartSvg } from '../../charts/render-chart-svg.ts';
import { sampleTrend } from '../../charts/sample-charts.ts';
import { decodePng } from '../support/decode-png.ts';
import { svgTexts } from '../support/svg-texts.ts';

describe('ledgerTrendChart', () => {
  it('shows each period under its start date, with its open and overdue items and 整改率', async () => {
    const input = {
      scope: '后叶镇',
      periods: [
        { from: '2026-10-01', to: '2026-10-15', open: 31, overdue: 12, closeRate: null },
        { from: '2026-10-16', to: '2026-10-31', open: 27, overdue: 9, closeRate: 0.4 },
        { from: '2026-11-01', to: '2026-11-15', open: 18, overdue: 4, closeRate: 0.625 },
      ],
    };
    const texts = svgTexts(await renderChartSvg(ledgerTrendChart(input)));
    const said = texts.map((t) => t.text);
    expect(said).toEqual(
      expect.arrayContaining(['【台账走势】后叶镇 近3期', '10月1日—11月15日，每期期末的数', '未销号', '逾期', '整改率']),
    );
    const dates = texts.filter((t) => /^\d+\/\d+$/.test(t.text)).sort((a, b) => a.x - b.x);
    expect(dates.map((t) => t.text)).toEqual(['10/1', '10/16', '11/1']);
    // Above each date: the open and overdue numbers, left to right.
    dates.forEach((d, i) => {
      const above = texts
        .filter((t) => /^\d+$/.test(t.text) && Math.abs(t.x - d.x) < 40)
        .sort((a, b) => a.x - b.x)
        .map((t) => Number(t.text));
      expect(above).toEqual([input.periods[i].open, input.periods[i].overdue]);
    });
    // A period with nothing to close has no rate written, not a 0%.
    expect(said.filter((t) => t.endsWith('%'))).toEqual(['40%', '63%']);
  });

  it('fits twelve half-months at phone width', async () => {
    const spec = ledgerTrendChart(sampleTrend(12));
    const chart = await renderChart(spec);
    const texts = svgTexts(chart.svg);
    expect(texts.filter((t) => /^\d+\/\d+$/.test(t.text))).toHaveLength(12);
    for (const t of texts) {
      expect(t.x, t.text).toBeGreaterThanOrEqual(0);
      expect(t.x, t.text).toBeLessThanOrEqual(spec.width);
      expect(t.y, t.text).toBeLessThan(spec.height);
    }
    expect(decodePng(chart.png).height).toBe(spec.height);
  });

  it('says 本期无数据 when there is no period yet', async () => {
    const texts = svgTexts(await renderChartSvg(ledgerTrendChart({ scope: '后叶镇', periods: [] }))).map((t) => t.text);
    expect(texts).toContain('本期无数据');
  });
});
