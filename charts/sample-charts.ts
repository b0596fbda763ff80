// Made-up figures for a township of twenty villages, to look at the charts and to test and
// time them with the size a county really has. One village has a long name (cut with '…');
// RARE_VILLAGE has a character outside GB2312 (塝), which only the full font draws.
import { ledgerTrendChart } from './ledger-trend-chart.ts';
import type { LedgerTrendInput, VillageLedgerInput, VisitCoverageInput } from './types.ts';
import { villageLedgerChart } from './village-ledger-chart.ts';
import { visitCoverageChart } from './visit-coverage-chart.ts';
import type { ChartSpec } from './types.ts';

export const RARE_VILLAGE = '大塝村';

export const SAMPLE_VILLAGES = [
  '三星村',
  '五星村',
  '红岩村',
  '枫香村',
  '水井湾村',
  '马路坪村',
  '黄泥坝社区居民委员会',
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
];

/** A township's figures for one period: `count` villages, numbers spread out by a fixed rule (no randomness). */
export function sampleLedger(count = 20, awaitingCheck = true): VillageLedgerInput {
  return {
    cadence: 'dispatch',
    scope: '后叶镇',
    period: { from: '2026-11-16', to: '2026-11-30' },
    villages: Array.from({ length: count }, (_, i) => ({
      village: SAMPLE_VILLAGES[i % SAMPLE_VILLAGES.length] + (i >= SAMPLE_VILLAGES.length ? String(i) : ''),
      created: (i * 7) % 11,
      closed: (i * 5 + 3) % 9,
      overdue: i % 4 === 0 ? (i * 3) % 13 : i % 3,
      ...(awaitingCheck ? { awaitingCheck: (i * 2) % 5 } : {}),
    })),
  };
}

export function sampleCoverage(count = 20): VisitCoverageInput {
  return {
    scope: '后叶镇',
    period: { from: '2026-11-16', to: '2026-11-30' },
    households: '脱贫户、监测户',
    target: 1,
    villages: Array.from({ length: count }, (_, i) => {
      const total = i === 5 ? 0 : 12 + ((i * 13) % 40);
      return {
        village: SAMPLE_VILLAGES[i % SAMPLE_VILLAGES.length],
        total,
        visited: i % 5 === 0 ? total : Math.round(total * (0.35 + ((i * 17) % 60) / 100)),
      };
    }),
  };
}

/** The last `count` half-months up to 2026-11-30, oldest first, the ledger shrinking as it is worked off. */
export function sampleTrend(count = 8): LedgerTrendInput {
  const halves: Array<{ from: string; to: string }> = [];
  let year = 2026;
  let month = 11;
  let secondHalf = true;
  for (let k = 0; k < count; k++) {
    const mm = String(month).padStart(2, '0');
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    halves.unshift(
      secondHalf ? { from: `${year}-${mm}-16`, to: `${year}-${mm}-${lastDay}` } : { from: `${year}-${mm}-01`, to: `${year}-${mm}-15` },
    );
    if (!secondHalf) {
      month -= 1;
      if (month === 0) [year, month] = [year - 1, 12];
    }
    secondHalf = !secondHalf;
  }
  return {
    scope: '后叶镇',
    periods: halves.map((p, i) => ({
      ...p,
      open: 40 - i * 3 + (i % 3) * 2,
      overdue: Math.max(0, 12 - i - (i % 2) * 2),
      closeRate: i === 0 ? null : Math.min(1, 0.45 + i * 0.05),
    })),
  };
}

/** Every chart drawn from the samples, with a file name to save it under. */
export function sampleCharts(): Array<{ name: string; spec: ChartSpec }> {
  return [
    { name: 'ledger-20-villages', spec: villageLedgerChart(sampleLedger(20)) },
    {
      name: 'ledger-1-village',
      spec: villageLedgerChart({
        ...sampleLedger(1, false),
        cadence: 'weekly',
        scope: '三星村',
        period: { from: '2026-11-16', to: '2026-11-22' },
      }),
    },
    {
      name: 'ledger-rare-character',
      spec: villageLedgerChart({
        ...sampleLedger(3),
        villages: sampleLedger(3).villages.map((v, i) => (i === 1 ? { ...v, village: RARE_VILLAGE } : v)),
      }),
    },
    { name: 'ledger-empty', spec: villageLedgerChart({ ...sampleLedger(0), villages: [] }) },
    { name: 'coverage-20-villages', spec: visitCoverageChart(sampleCoverage(20)) },
    { name: 'trend-8-periods', spec: ledgerTrendChart(sampleTrend(8)) },
  ];
}
