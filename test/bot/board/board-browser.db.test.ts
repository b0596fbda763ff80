// The ledger board in a real browser (system Chromium): opened through a signed link, the
// overview's figures against the database, a village followed to an item and its history, a
// household page, screenshots at phone and desktop width, and expired, forged and
// out-of-scope links refused with a Chinese page and no data. `#看板` gives the link.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBoardServer, type BoardServer } from '../../../bot/board/start-board-server.ts';
import { signBoardToken } from '../../../core/board-token.ts';
import { boardKey } from '../../../storage/board-key.ts';
import { launchChromium } from '../../support/launch-chromium.ts';
import { groupMessage } from '../../support/messages.ts';
import { createTestBot, handled, testConfig } from '../../support/test-bot.ts';
import { createTestDb, type TestDb } from '../../support/test-db.ts';
import { sh } from '../../cadence/cadence-support.ts';
import { seedVillage } from '../../cadence/seed-village.ts';

const NOW = sh('2026-11-25 10:00');
const PHONE = { width: 390, height: 844, isMobile: true, deviceScaleFactor: 1 };
const DESKTOP = { width: 1280, height: 800 };

describe('ledger board in a browser', () => {
  let t: TestDb;
  let server: BoardServer;
  let browser: Browser;
  let shots: string;
  let seeded: Awaited<ReturnType<typeof seedVillage>>;
  let otherVillageId: number;
  let secret: string;
  const url = (token: string, rest = '') => `http://127.0.0.1:${server.port}/b/${token}${rest}`;

  beforeAll(async () => {
    t = await createTestDb();
    seeded = await seedVillage(t.db.prisma);
    const p = t.db.prisma;
    // History for item 1: a progress note; a phone number typed into it must show masked.
    const item1 = await p.issue.findFirstOrThrow({ where: { villageId: seeded.sanxing.id, no: 1 } });
    await p.issueNote.create({
      data: { issueId: item1.id, kind: 'progress', text: '已联系瓦工，电话13912345678', author: '李明', createdAt: sh('2026-11-19 15:00') },
    });
    // Another township: out of scope for 后叶镇's links.
    const other = await p.township.create({ data: { name: '前进镇' } });
    const village = await p.village.create({ data: { name: '红岩村', townshipId: other.id, lastIssueNo: 1 } });
    otherVillageId = village.id;
    await p.issue.create({
      data: {
        villageId: village.id,
        no: 1,
        source: 'report',
        category: '道路',
        description: '红岩村机耕道垮塌',
        dueOn: '2026-11-01',
        createdAt: sh('2026-10-20 10:00'),
      },
    });
    secret = await boardKey(t.db);
    server = await startBoardServer(0, { db: t.db, secret: () => boardKey(t.db), now: () => NOW }, '127.0.0.1');
    browser = await launchChromium();
    shots = mkdtempSync(path.join(tmpdir(), 'board-shots-'));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await t?.destroy();
    if (shots) rmSync(shots, { recursive: true, force: true });
  });

  async function open(address: string, viewport: typeof PHONE | typeof DESKTOP = PHONE): Promise<{ page: Page; status: number }> {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    const res = await page.goto(address, { waitUntil: 'domcontentloaded' });
    return { page, status: res?.status() ?? 0 };
  }

  async function screenshot(page: Page, name: string) {
    const file = path.join(shots, `${name}.png`);
    await page.screenshot({ path: file as `${string}.png`, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(5_000);
  }

  it('shows the township overview with the figures the database has', async () => {
    const token = signBoardToken(secret, { kind: 'township', id: seeded.township.id }, NOW);
    const { page, status } = await open(url(token));
    expect(status).toBe(200);
    const rows = await page.$$eval('#overview tbody tr[data-village-id]', (trs) =>
      trs.map((tr) => ({
        village: tr.getAttribute('data-village'),
        overdue: Number(tr.querySelector('[data-field="overdue"]')?.textContent),
        open: Number(tr.querySelector('[data-field="open"]')?.textContent),
        visited: Number(tr.querySelector('[data-field="coverage"]')?.getAttribute('data-visited')),
        households: Number(tr.querySelector('[data-field="coverage"]')?.getAttribute('data-households')),
        rate: tr.querySelector('[data-field="close-rate"]')?.textContent,
      })),
    );
    // Counted here straight from the rows: the period is 16–25 November.
    const p = t.db.prisma;
    const expected = [];
    for (const v of [seeded.sanxing, seeded.wuxing]) {
      const issues = await p.issue.findMany({ where: { villageId: v.id } });
      const open = issues.filter((i) => i.status !== 'closed');
      const visits = await p.visit.findMany({ where: { villageId: v.id, visitedOn: { gte: '2026-11-16', lte: '2026-11-25' } } });
      expected.push({
        village: v.name,
        overdue: open.filter((i) => i.dueOn && i.dueOn < '2026-11-25').length,
        open: open.length,
        visited: new Set(visits.map((x) => x.householdId)).size,
        households: await p.household.count({ where: { villageId: v.id } }),
      });
    }
    expect(rows.map(({ rate: _, ...r }) => r)).toEqual(expected);
    expect(rows[0].village).toBe('三星村');
    expect(rows[0].overdue).toBeGreaterThan(0);
    // 三星村: item 3 opened in the period, items 1 and 2 open at its start, none closed: 0%.
    expect(rows[0].rate).toBe('0%');
    expect(rows[1].rate).toBe('—');
    const text = await page.$eval('body', (b) => b.textContent ?? '');
    expect(text).toContain('后叶镇 · 各村台账');
    expect(text).not.toContain('红岩村');
    const exports = await page.$$eval('.buttons a', (as) => as.map((a) => a.getAttribute('href')));
    expect(exports).toEqual([`/b/${token}/export/ledger.xlsx`, `/b/${token}/export/visits.xlsx`]);
    await screenshot(page, 'overview-phone');
    await page.setViewport(DESKTOP);
    await screenshot(page, 'overview-desktop');

    // The export button gives the same workbook as `cli export`, for the link's villages only.
    const xlsx = await page.evaluate(async (href) => {
      const res = await fetch(href);
      return { status: res.status, type: res.headers.get('content-type'), size: (await res.arrayBuffer()).byteLength };
    }, exports[0] as string);
    expect(xlsx.status).toBe(200);
    expect(xlsx.type).toContain('spreadsheetml');
    expect(xlsx.size).toBeGreaterThan(2_000);
    await page.close();
  }, 120_000);

  it('follows a village to an item with its history, and to a household', async () => {
    const token = signBoardToken(secret, { kind: 'township', id: seeded.township.id }, NOW);
    const { page } = await open(url(token));
    await Promise.all([page.waitForNavigation(), page.click('tr[data-village="三星村"] a')]);
    expect(page.url()).toBe(url(token, `/village/${seeded.sanxing.id}`));
    const items = await page.$$eval('#items li', (lis) =>
      lis.map((li) => ({
        no: Number(li.getAttribute('data-item-no')),
        late: li.querySelector('.tag')?.getAttribute('data-overdue-days') ?? null,
      })),
    );
    // Open items only, overdue first (the longest overdue on top), then by deadline.
    expect(items).toEqual([
      { no: 2, late: '13' },
      { no: 1, late: '7' },
      { no: 3, late: null },
    ]);
    await screenshot(page, 'village-phone');

    await Promise.all([page.waitForNavigation(), page.click('#items li[data-item-no="1"] a')]);
    const history = await page.$$eval('#history li', (lis) => lis.map((li) => li.textContent?.trim()));
    expect(history).toHaveLength(2);
    expect(history[0]).toMatch(/^2026-11-10 10:00 登记/);
    expect(history[1]).toContain('进展（李明）：已联系瓦工，电话139****5678');
    const body = await page.$eval('body', (b) => b.textContent ?? '');
    expect(body).not.toContain('13912345678');
    expect(await page.$eval('[data-field="due"]', (d) => d.textContent)).toContain('11月18日');
    await screenshot(page, 'item-phone');
    await page.setViewport(DESKTOP);
    await screenshot(page, 'item-desktop');

    await Promise.all([page.waitForNavigation(), page.click('#item a')]);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('三星村 · 王德福户');
    const visits = await page.$$eval('#visits li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(visits).toHaveLength(1);
    expect(visits[0]).toContain('11月17日 入户 · 李明');
    expect(await page.$$eval('#household-items li', (lis) => lis.map((li) => li.getAttribute('data-item-no')))).toEqual(['1']);
    await screenshot(page, 'household-phone');
    await page.close();
  }, 120_000);

  it('refuses an expired, a forged and an out-of-scope link with a Chinese page and no data', async () => {
    const expired = signBoardToken(secret, { kind: 'township', id: seeded.township.id }, new Date(NOW.getTime() - 25 * 3600_000));
    const good = signBoardToken(secret, { kind: 'village', id: seeded.wuxing.id }, NOW);
    const last = good.at(-1) === 'A' ? 'B' : 'A';
    const forged = `${good.slice(0, -1)}${last}`;
    // A link whose scope was edited to the whole county, keeping the old signature.
    const [, sig] = good.split('.');
    const widened = `${Buffer.from(`a.${Math.floor(NOW.getTime() / 1000) + 3600}`).toString('base64url')}.${sig}`;
    const sanxingItem = await t.db.prisma.issue.findFirstOrThrow({ where: { villageId: seeded.sanxing.id, no: 1 } });
    const cases = [
      { address: url(expired), status: 410, reason: 'expired', words: '已过期' },
      { address: url(forged), status: 403, reason: 'forged', words: '链接无效' },
      { address: url(widened), status: 403, reason: 'forged', words: '链接无效' },
      { address: url(good, `/village/${seeded.sanxing.id}`), status: 403, reason: 'outOfScope', words: '不能查看' },
      { address: url(good, `/item/${sanxingItem.id}`), status: 403, reason: 'outOfScope', words: '不能查看' },
      { address: url(good, `/export/ledger.xlsx?village=${otherVillageId}`), status: 403, reason: 'outOfScope', words: '不能查看' },
    ];
    for (const c of cases) {
      const { page, status } = await open(c.address);
      expect(status, c.address).toBe(c.status);
      expect(await page.$eval('#refused', (p) => p.getAttribute('data-reason'))).toBe(c.reason);
      const text = await page.$eval('body', (b) => b.textContent ?? '');
      expect(text).toContain(c.words);
      for (const secretWord of ['三星村', '五星村', '屋顶漏雨', '王德福', '红岩村']) expect(text).not.toContain(secretWord);
      await page.close();
    }
    // The village link itself opens its own village.
    const { page, status } = await open(url(good, `/village/${seeded.wuxing.id}`));
    expect(status).toBe(200);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('五星村 · 问题台账');
    await page.close();
  }, 120_000);

  it('#看板 sends a cadre a private link to their village, which opens in the browser', async () => {
    await t.db.prisma.chatGroup.create({
      data: { platform: 'console', chatId: '三星村工作队', name: '三星村工作队', kind: 'village', villageId: seeded.sanxing.id },
    });
    const config = testConfig({ HTTP_PORT: String(server.port) });
    const { bot, outbox, adapter } = createTestBot(t.db, { config, now: () => NOW });
    const result = await handled(bot, groupMessage('#看板', { sentAt: NOW }));
    expect(result.status).toBe('handled');
    await outbox.drainOnce();
    const link = adapter.sent.find((m) => m.private);
    expect(link?.chatId).toBe('li-ming');
    expect(adapter.sent.find((m) => !m.private)?.text).toBe('李明，看板链接已私聊发给您。');
    const address = /http:\/\/\S+/.exec(link?.text ?? '')?.[0] ?? '';
    expect(address.startsWith(`http://127.0.0.1:${server.port}/b/`)).toBe(true);
    // No name, phone or ID number in the link: only the signed scope.
    expect(address).not.toMatch(/[\u4e00-\u9fff]|\d{11}/);
    const { page, status } = await open(address);
    expect(status).toBe(200);
    expect(await page.$$eval('#overview tbody tr[data-village-id]', (trs) => trs.map((tr) => tr.getAttribute('data-village')))).toEqual([
      '三星村',
    ]);
    await page.close();
    const other = await open(`${address}/village/${seeded.wuxing.id}`);
    expect(other.status).toBe(403);
    await other.page.close();
  }, 120_000);
});
