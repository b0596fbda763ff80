// The digests' renderer: a batch of charts drawn in a child process and handed back whole;
// a failure or a hang is an error for the caller, never a half answer or a child left running.
import { describe, expect, it } from 'vitest';
import type { ChartRequest } from '../../charts/chart-request.ts';
import { renderChartsApart } from '../../charts/render-charts-apart.ts';
import { sampleCoverage, sampleLedger, sampleTrend } from '../../charts/sample-charts.ts';
import { decodePng } from '../support/decode-png.ts';
import { svgTexts } from '../support/svg-texts.ts';

describe('renderChartsApart', () => {
  it('draws each requested chart, in order, as an SVG and a PNG', async () => {
    const ledger = sampleLedger(20);
    const charts = await renderChartsApart([
      { chart: 'village-ledger', input: ledger },
      { chart: 'visit-coverage', input: sampleCoverage(20) },
      { chart: 'ledger-trend', input: sampleTrend(6) },
    ]);
    expect(charts).toHaveLength(3);
    const said = svgTexts(charts[0].svg).map((t) => t.text);
    for (const v of ledger.villages)
      expect(said.some((t) => t === v.village || (t.endsWith('…') && v.village.startsWith(t.slice(0, -1))))).toBe(true);
    expect(svgTexts(charts[1].svg).some((t) => t.text.startsWith('【走访覆盖】'))).toBe(true);
    expect(svgTexts(charts[2].svg).some((t) => t.text === '【台账走势】后叶镇 近6期')).toBe(true);
    for (const c of charts) {
      expect(Buffer.isBuffer(c.png)).toBe(true);
      const png = decodePng(c.png);
      expect([png.width, png.height]).toEqual([c.width, c.height]);
    }
  });

  it('rejects a request it cannot draw, with the reason', async () => {
    const bad = { chart: 'pie', input: {} } as unknown as ChartRequest;
    await expect(renderChartsApart([bad])).rejects.toThrow('chart rendering failed: unknown chart: pie');
  });

  it('gives up on a batch that takes too long', async () => {
    await expect(renderChartsApart([{ chart: 'village-ledger', input: sampleLedger(20) }], { timeoutMs: 5 })).rejects.toThrow(
      /took over 5 ms/,
    );
  });

  it('starts no process for an empty batch', async () => {
    expect(await renderChartsApart([])).toEqual([]);
  });
});
