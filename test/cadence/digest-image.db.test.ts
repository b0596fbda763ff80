// The digests' picture: the weekly inspection and the half-monthly dispatch each carry one
// image (per village new / closed / overdue, visit coverage, the trend), drawn apart and sent
// after the text as its own outbox row; `remind --dry-run --out` writes it to a folder.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRemind } from '../../bot/cli/remind.ts';
import { cadenceJobs } from '../../cadence/cadence-jobs.ts';
import { createImageDrawer } from '../../cadence/draw-digest-images.ts';
import { planHalfMonthlyDispatch } from '../../cadence/jobs/half-monthly-dispatch.ts';
import { planWeeklyInspection } from '../../cadence/jobs/weekly-inspection.ts';
import { runCadenceJob } from '../../cadence/run-cadence-job.ts';
import { renderRequest } from '../../charts/render-request.ts';
import { decodePng } from '../support/decode-png.ts';
import { svgTexts } from '../support/svg-texts.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { cadenceConfig, quietLogger, sh } from './cadence-support.ts';
import { seedVillage, TOWNSHIP_GROUP, SANXING_GROUP } from './seed-village.ts';

describe('digest pictures', () => {
  let t: TestDb;
  const config = cadenceConfig();
  beforeAll(async () => {
    t = await createTestDb();
    await seedVillage(t.db.prisma);
  });
  afterAll(async () => {
    await t.destroy();
  });

  it('plans the dispatch picture from the ledger: every village, its figures for the period', async () => {
    const now = sh('2026-12-01 09:00');
    const [message] = await planHalfMonthlyDispatch(t.db, now, config);
    expect(message.to.chatId).toBe(TOWNSHIP_GROUP);
    const request = message.chart?.request;
    if (request?.chart !== 'stack') throw new Error('the dispatch should carry a stacked picture');
    const [ledger, coverage, trend] = request.parts;
    if (ledger.chart !== 'village-ledger' || coverage.chart !== 'visit-coverage' || trend.chart !== 'ledger-trend')
      throw new Error(`unexpected parts: ${request.parts.map((p) => p.chart).join(',')}`);
    expect(ledger.input.period).toEqual({ from: '2026-11-16', to: '2026-11-30' });

    // The same figures, counted here straight from the rows.
    const sanxing = await t.db.prisma.village.findUniqueOrThrow({ where: { name: '三星村' } });
    const from = new Date('2026-11-16T00:00:00+08:00');
    const to = new Date('2026-12-01T00:00:00+08:00');
    const issues = await t.db.prisma.issue.findMany({ where: { villageId: sanxing.id } });
    const row = ledger.input.villages.find((v) => v.village === '三星村');
    expect(row).toEqual({
      village: '三星村',
      created: issues.filter((i) => i.createdAt >= from && i.createdAt < to).length,
      closed: issues.filter((i) => i.closedAt && i.closedAt >= from && i.closedAt < to).length,
      overdue: issues.filter((i) => i.createdAt < to && !(i.closedAt && i.closedAt < to) && i.dueOn && i.dueOn < '2026-12-01').length,
    });
    expect(row?.overdue).toBeGreaterThan(0);
    expect(ledger.input.villages.map((v) => v.village).sort()).toEqual(['三星村', '五星村']);
    const households = await t.db.prisma.household.count({ where: { villageId: sanxing.id } });
    const visited = new Set(
      (await t.db.prisma.visit.findMany({ where: { villageId: sanxing.id, visitedOn: { gte: '2026-11-16', lte: '2026-11-30' } } })).map(
        (v) => v.householdId,
      ),
    ).size;
    expect(coverage.input.villages.find((v) => v.village === '三星村')).toEqual({ village: '三星村', visited, total: households });
    expect(trend.input.periods).toHaveLength(6);
    expect(trend.input.periods.at(-1)).toMatchObject({ from: '2026-11-16', to: '2026-11-30' });
    expect(trend.input.periods[0]).toMatchObject({ from: '2026-09-01', to: '2026-09-15' });

    // Drawn: one picture naming every village, a PNG a viewer opens.
    const drawn = await renderRequest(request);
    const said = svgTexts(drawn.svg).map((s) => s.text);
    // Each village is named by the ledger's bars; the coverage names those with households by a
    // bar and the rest in its note (五星村 has no roster yet).
    expect(said.filter((s) => s === '三星村')).toHaveLength(2);
    expect(said.filter((s) => s === '五星村')).toHaveLength(1);
    expect(said.some((s) => s.includes('无应访户：五星村'))).toBe(true);
    expect(said.some((s) => s.startsWith('【半月调度】后叶镇'))).toBe(true);
    expect(said.some((s) => s.startsWith('【走访覆盖】后叶镇'))).toBe(true);
    expect(said.some((s) => s.startsWith('【台账走势】后叶镇'))).toBe(true);
    const png = decodePng(drawn.png);
    expect([png.width, png.height]).toEqual([drawn.width, drawn.height]);
  });

  it('sends the weekly picture after the text, as a row of its own', async () => {
    const now = sh('2026-11-23 09:00');
    const weekly = cadenceJobs.find((j) => j.name === 'weekly');
    if (!weekly) throw new Error('no weekly job');
    const planned = await planWeeklyInspection(t.db, now, config);
    expect(planned.every((m) => m.chart)).toBe(true);
    const outcome = await runCadenceJob(
      { db: t.db, config, instance: 'test', drawImages: createImageDrawer(quietLogger) },
      weekly,
      { job: 'weekly', key: 'weekly:2026-11-23', period: '2026-11-23', slot: now, dueAt: now },
      now,
    );
    expect(outcome.status).toBe('ran');
    const rows = await t.db.prisma.outboxMessage.findMany({ where: { chatId: SANXING_GROUP }, orderBy: { id: 'asc' } });
    expect(rows).toHaveLength(2);
    expect(rows[0].imagePng).toBeNull();
    expect(rows[0].text).toContain('【每周督查】三星村');
    expect(rows[1].imageAlt).toContain('【每周督查】三星村');
    expect(rows[1].dedupeKey).toBe(`${rows[0].dedupeKey}:image`);
    const png = decodePng(Buffer.from(rows[1].imagePng as Uint8Array));
    expect(png.width).toBe(750);
  }, 120_000);

  it('remind --dry-run --out writes each digest picture to the folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'remind-images-'));
    try {
      const lines: string[] = [];
      const code = await runRemind(
        { config, logger: quietLogger, db: t.db, kick: async () => 0 },
        { values: { now: '2026-12-01T09:00:00+08:00', 'dry-run': true, out: dir }, positionals: [] },
        (l) => lines.push(l),
      );
      expect(code).toBe(0);
      const files = readdirSync(dir);
      expect(files).toEqual([`dispatch_2026-12-01-wechat-${TOWNSHIP_GROUP.replace('@', '_')}.png`]);
      expect(decodePng(readFileSync(path.join(dir, files[0]))).width).toBe(750);
      expect(lines.join('\n')).toContain(`共写出 1 张图片到 ${dir}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
