// The ledger board's routes (Hono). Every page is under /b/<signed link>/…: the link is
// checked first, and a page shows only villages inside the link's scope. Read-only.
import { Hono, type Context } from 'hono';
import { verifyBoardToken, type BoardScope } from '../../core/board-token.ts';
import { dayStart, shanghaiDay } from '../../core/shanghai-calendar.ts';
import { boardText } from '../../prompts/board.ts';
import { ledgerWorkbook } from '../../sheets/ledger-workbook.ts';
import { visitsWorkbook } from '../../sheets/visits-workbook.ts';
import {
  householdDetail,
  householdsOfVillage,
  itemWithHistory,
  openItemsWithHistory,
  scopeName,
  villagesInScope,
  type BoardVillage,
} from '../../storage/board-data.ts';
import type { Db } from '../../storage/client.ts';
import { ledgerForExport } from '../../storage/issues.ts';
import { periodFigures } from '../../storage/period-figures.ts';
import { visitsForExport } from '../../storage/visits.ts';
import { householdPage, itemPage, overviewPage, refusedPage, villagePage } from './board-pages.ts';

export interface BoardDeps {
  db: Db;
  /** The signing key: BOARD_SECRET, or the one kept in the database. */
  secret: () => Promise<string>;
  now?: () => Date;
}

type Env = { Variables: { scope: BoardScope; expires: Date; base: string } };

/** The half month the page reports on (1st–15th, 16th–month end), as the dispatch cuts it, up to now. */
export function currentHalfMonth(now: Date): { fromDay: string; toDay: string; from: Date; to: Date } {
  const today = shanghaiDay(now);
  const fromDay = `${today.slice(0, 8)}${Number(today.slice(8)) >= 16 ? '16' : '01'}`;
  return { fromDay, toDay: today, from: dayStart(fromDay), to: now };
}

function inScope(scope: BoardScope, village: { id: number; townshipId: number | null }): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'township') return village.townshipId === scope.id;
  return village.id === scope.id;
}

export function createBoardApp(deps: BoardDeps): Hono<Env> {
  const now = deps.now ?? (() => new Date());
  const app = new Hono<Env>();

  // Nothing of a board page is kept by a browser cache or handed on in a Referer header.
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Robots-Tag', 'noindex');
  });

  const refuse = (c: Context, status: 403 | 404 | 410, reason: keyof typeof boardText.refused) =>
    c.html(refusedPage(boardText.refused[reason], reason) as string, status);

  app.use('/b/:token/*', async (c, next) => {
    const token = c.req.param('token') ?? '';
    const check = verifyBoardToken(await deps.secret(), token, now());
    if (!check.ok) return refuse(c, check.reason === 'expired' ? 410 : 403, check.reason);
    c.set('scope', check.scope);
    c.set('expires', check.expiresAt);
    c.set('base', `/b/${token}`);
    await next();
  });

  /** The village a page is about, when the link may see it; otherwise the refusal is sent. */
  async function villageFor(c: Context<Env>, id: number): Promise<BoardVillage | Response> {
    const [village] = Number.isSafeInteger(id) && id > 0 ? await villagesInScope(deps.db, { kind: 'village', id }) : [];
    if (!village) return refuse(c, 404, 'notFound');
    if (!inScope(c.get('scope'), village)) return refuse(c, 403, 'outOfScope');
    return village;
  }

  app.get('/b/:token', async (c) => {
    const scope = c.get('scope');
    const villages = await villagesInScope(deps.db, scope);
    const range = currentHalfMonth(now());
    const figures = await periodFigures(
      deps.db,
      villages.map((v) => v.id),
      range,
    );
    const name = scope.kind === 'all' ? boardText.scopeAll : ((await scopeName(deps.db, scope)) ?? boardText.scopeAll);
    return c.html(
      overviewPage({
        base: c.get('base'),
        scope: name,
        expires: c.get('expires'),
        period: { from: range.fromDay, to: range.toDay },
        rows: villages.flatMap((v) => {
          const f = figures.get(v.id);
          return f ? [{ village: v, figures: f }] : [];
        }),
      }) as string,
    );
  });

  app.get('/b/:token/village/:id', async (c) => {
    const village = await villageFor(c, Number(c.req.param('id')));
    if (village instanceof Response) return village;
    const today = shanghaiDay(now());
    const [items, households] = await Promise.all([
      openItemsWithHistory(deps.db, village.id, today),
      householdsOfVillage(deps.db, village.id),
    ]);
    return c.html(
      villagePage({ base: c.get('base'), village, expires: c.get('expires'), today, items, households, showBack: true }) as string,
    );
  });

  app.get('/b/:token/item/:id', async (c) => {
    const id = Number(c.req.param('id'));
    const item = Number.isSafeInteger(id) && id > 0 ? await itemWithHistory(deps.db, id) : null;
    if (!item) return refuse(c, 404, 'notFound');
    const village = await villageFor(c, item.villageId);
    if (village instanceof Response) return village;
    return c.html(itemPage({ base: c.get('base'), village, item, expires: c.get('expires'), today: shanghaiDay(now()) }) as string);
  });

  app.get('/b/:token/household/:id', async (c) => {
    const id = Number(c.req.param('id'));
    const found = Number.isSafeInteger(id) && id > 0 ? await householdDetail(deps.db, id) : null;
    if (!found) return refuse(c, 404, 'notFound');
    const village = await villageFor(c, found.household.villageId);
    if (village instanceof Response) return village;
    return c.html(
      householdPage({ base: c.get('base'), village, ...found, expires: c.get('expires'), today: shanghaiDay(now()) }) as string,
    );
  });

  // The same workbooks as `cli export`, limited to the link's villages (masked, as they are).
  app.get('/b/:token/export/:file', async (c) => {
    const file = c.req.param('file');
    if (file !== 'ledger.xlsx' && file !== 'visits.xlsx') return refuse(c, 404, 'notFound');
    const wanted = c.req.query('village');
    let ids: number[];
    if (wanted) {
      const village = await villageFor(c, Number(wanted));
      if (village instanceof Response) return village;
      ids = [village.id];
    } else {
      ids = (await villagesInScope(deps.db, c.get('scope'))).map((v) => v.id);
    }
    const today = shanghaiDay(now());
    const keep = new Set(ids);
    const workbook =
      file === 'ledger.xlsx'
        ? ledgerWorkbook(
            (await ledgerForExport(deps.db, ids.length === 1 ? { villageId: ids[0] } : {})).filter((i) => keep.has(i.villageId)),
            today,
          )
        : visitsWorkbook(
            (await visitsForExport(deps.db, ids.length === 1 ? { villageId: ids[0] } : {})).filter(
              (v) => v.villageId !== null && keep.has(v.villageId),
            ),
          );
    const name = `${file === 'ledger.xlsx' ? '问题台账' : '走访记录'}-${today}.xlsx`;
    const body = await workbook.xlsx.writeBuffer();
    return c.body(new Uint8Array(body as ArrayBuffer), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
  });

  app.notFound((c) => refuse(c, 404, 'notFound'));
  return app;
}
