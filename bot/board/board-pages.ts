// The board's pages as server-rendered HTML (hono/html escapes every value put into it).
// Phone first: one column, big touch targets, tables that scroll sideways on a narrow screen.
// Every text from the database goes through maskPii: no phone or ID number reaches a page.
import { html, raw } from 'hono/html';
import { maskPii } from '../../core/mask-pii.ts';
import { daysBetween, shanghaiClock, shanghaiDay } from '../../core/shanghai-calendar.ts';
import { boardText } from '../../prompts/board.ts';
import type { BoardHousehold, BoardItem, BoardVillage, BoardVisit } from '../../storage/board-data.ts';
import type { VillageFigures } from '../../storage/period-figures.ts';

type Html = ReturnType<typeof html>;
const m = (s: string | null | undefined) => maskPii(s ?? '');
const stamp = (at: Date) => `${shanghaiDay(at)} ${shanghaiClock(at)}`;

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1f2937;background:#f5f6f8}
header{background:#1d4ed8;color:#fff;padding:12px 16px}header h1{font-size:20px;margin:0}header p{margin:4px 0 0;font-size:13px;opacity:.85}
main{padding:12px;max-width:1100px;margin:0 auto}section{background:#fff;border-radius:8px;padding:12px;margin-bottom:12px}
h2{font-size:17px;margin:0 0 8px}.note{font-size:13px;color:#6b7280}.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:10px 6px;border-bottom:1px solid #e5e7eb}th,td:first-child{white-space:nowrap}th{font-size:14px}
td.num,th.num{text-align:right}a{color:#1d4ed8}a.row{display:block;padding:4px 0}
.bad{color:#b91c1c;font-weight:600}.ok{color:#15803d}ul.items{list-style:none;padding:0;margin:0}
ul.items li{border-bottom:1px solid #e5e7eb;padding:10px 0}ul.items li:last-child{border:0}.tag{display:inline-block;font-size:12px;padding:0 6px;border-radius:4px;background:#fee2e2;color:#b91c1c;margin-left:4px}
.buttons a{display:inline-block;margin:4px 8px 4px 0;padding:10px 14px;border-radius:6px;background:#e0e7ff;text-decoration:none}
ol.history{padding-left:20px}dl{display:grid;grid-template-columns:5em 1fr;gap:4px 8px;margin:0}dt{color:#6b7280}dd{margin:0}
@media (min-width:800px){main{padding:20px}}`;

export function page(title: string, subtitle: string, body: Html | Html[], status = ''): Html {
  return html`<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer"><title>${title} · ${boardText.siteTitle}</title><style>${raw(STYLE)}</style></head>
<body data-page="${status}"><header><h1>${title}</h1><p>${subtitle}</p></header><main>${body}</main></body></html>`;
}

export function refusedPage(message: string, reason: string): Html {
  return page(
    boardText.refused.title,
    boardText.siteTitle,
    html`<section><p id="refused" data-reason="${reason}">${message}</p></section>`,
    'refused',
  );
}

export interface OverviewRow {
  village: BoardVillage;
  figures: VillageFigures;
}

export function overviewPage(o: {
  base: string;
  scope: string;
  expires: Date;
  period: { from: string; to: string };
  rows: OverviewRow[];
}): Html {
  const t = boardText.overview;
  const ranked = [...o.rows].sort(
    (a, b) =>
      b.figures.overdue - a.figures.overdue || b.figures.open - a.figures.open || a.village.name.localeCompare(b.village.name, 'zh'),
  );
  const sum = (k: 'open' | 'overdue' | 'visited' | 'households' | 'closed' | 'toClose') => o.rows.reduce((n, r) => n + r.figures[k], 0);
  const toClose = sum('toClose');
  const body = html`<section>
<h2>${t.heading(o.scope)}</h2><p class="note">${boardText.period(o.period.from, o.period.to)}；${t.ranked}</p>
${
  ranked.length
    ? html`<div class="scroll"><table id="overview"><thead><tr><th>${t.village}</th><th class="num">${t.overdue}</th><th class="num">${t.open}</th><th class="num">${t.coverage}</th><th class="num">${t.closeRate}</th></tr></thead><tbody>
${ranked.map(
  (r) => html`<tr data-village="${r.village.name}" data-village-id="${r.village.id}">
<td><a href="${o.base}/village/${r.village.id}">${r.village.name}</a></td>
<td class="num${r.figures.overdue ? ' bad' : ''}" data-field="overdue">${r.figures.overdue}</td>
<td class="num" data-field="open">${r.figures.open}</td>
<td class="num" data-field="coverage" data-visited="${r.figures.visited}" data-households="${r.figures.households}">${t.coverageValue(r.figures.visited, r.figures.households)}<br><span class="note">${t.coverageCount(r.figures.visited, r.figures.households)}</span></td>
<td class="num" data-field="close-rate" data-closed="${r.figures.closed}" data-to-close="${r.figures.toClose}">${t.rate(r.figures.closeRate)}</td></tr>`,
)}
<tr data-village="" class="totals"><td>${t.totals}</td><td class="num" data-field="overdue">${sum('overdue')}</td><td class="num" data-field="open">${sum('open')}</td>
<td class="num" data-field="coverage">${t.coverageValue(sum('visited'), sum('households'))}<br><span class="note">${t.coverageCount(sum('visited'), sum('households'))}</span></td><td class="num" data-field="close-rate">${t.rate(toClose ? sum('closed') / toClose : null)}</td></tr>
</tbody></table></div><p class="note">${t.rateNote}</p>`
    : html`<p>${t.noVillages}</p>`
}
</section>
${exportButtons(o.base, '')}`;
  return page(o.scope, boardText.expires(stamp(o.expires)), body, 'overview');
}

function exportButtons(base: string, query: string): Html {
  return html`<section class="buttons"><a href="${base}/export/ledger.xlsx${query}" download>${boardText.exports.ledger}</a><a href="${base}/export/visits.xlsx${query}" download>${boardText.exports.visits}</a></section>`;
}

function itemLine(base: string, item: BoardItem, today: string): Html {
  const late = item.dueOn && item.status !== 'closed' && item.dueOn < today ? daysBetween(item.dueOn, today) : 0;
  const t = boardText.item;
  return html`<li data-item-no="${item.no}"><a class="row" href="${base}/item/${item.id}">#${item.no} ${m(item.category)}：${m(item.description)}</a>
<span class="note">${item.householdName ? `${m(item.householdName)} · ` : ''}${item.assignee ? `${m(item.assignee)} · ` : ''}${t.due} ${item.dueOn ? t.dueOn(item.dueOn) : t.noDue}</span>${
    late ? html`<span class="tag" data-overdue-days="${late}">${t.overdue(late)}</span>` : ''
  }</li>`;
}

export function villagePage(o: {
  base: string;
  village: BoardVillage;
  expires: Date;
  today: string;
  items: BoardItem[];
  households: BoardHousehold[];
  showBack: boolean;
}): Html {
  const t = boardText.village;
  const overdue = o.items.filter((i) => i.dueOn && i.dueOn < o.today).length;
  const body = html`${o.showBack ? html`<p><a href="${o.base}">${t.back}</a></p>` : ''}
<section><h2>${t.openItems(o.items.length, overdue)}</h2>${
    o.items.length ? html`<ul class="items" id="items">${o.items.map((i) => itemLine(o.base, i, o.today))}</ul>` : html`<p>${t.noItems}</p>`
  }</section>
<section><h2>${t.households(o.households.length)}</h2>${
    o.households.length
      ? html`<ul class="items" id="households">${o.households.map(
          (h) =>
            html`<li><a class="row" href="${o.base}/household/${h.id}">${m(h.headName)}</a><span class="note">${boardText.household.facts(
              h.group,
              h.category,
              h.cadreName,
            )} · ${t.lastVisit(h.lastVisit)}</span></li>`,
        )}</ul>`
      : html`<p>${t.noHouseholds}</p>`
  }</section>
${exportButtons(o.base, `?village=${o.village.id}`)}`;
  return page(t.heading(o.village.name), boardText.expires(stamp(o.expires)), body, 'village');
}

export function itemPage(o: { base: string; village: BoardVillage; item: BoardItem; expires: Date; today: string }): Html {
  const t = boardText.item;
  const { item } = o;
  const late = item.dueOn && item.status !== 'closed' && item.dueOn < o.today ? daysBetween(item.dueOn, o.today) : 0;
  const history: Html[] = [html`<li>${t.created(stamp(item.createdAt), m(item.reportedBy) || null)}</li>`];
  for (const n of item.notes) {
    if (n.kind === 'close') continue;
    history.push(
      html`<li data-note="${n.kind}">${stamp(n.at)} ${t.note[n.kind] ?? n.kind}${n.author ? `（${m(n.author)}）` : ''}${n.text ? `：${m(n.text)}` : ''}</li>`,
    );
  }
  if (item.status === 'closed' && item.closedAt)
    history.push(
      html`<li data-note="close">${t.closedLine(stamp(item.closedAt), m(item.closedBy) || null, m(item.resolution) || null)}</li>`,
    );
  const body = html`<p><a href="${o.base}/village/${o.village.id}">${t.back(o.village.name)}</a></p>
<section><dl id="item">
<dt>${t.what}</dt><dd>${m(item.category)}：${m(item.description)}</dd>
${item.householdName ? html`<dt>${t.household}</dt><dd>${item.householdId ? html`<a href="${o.base}/household/${item.householdId}">${m(item.householdName)}</a>` : m(item.householdName)}</dd>` : ''}
<dt>${t.assignee}</dt><dd>${m(item.assignee) || '—'}</dd>
<dt>${t.due}</dt><dd data-field="due">${item.dueOn ? t.dueOn(item.dueOn) : t.noDue}${late ? html`<span class="tag">${t.overdue(late)}</span>` : ''}</dd>
<dt>${t.status}</dt><dd data-field="status">${item.status === 'closed' ? t.closed : t.open}</dd>
</dl></section>
<section><h2>${t.history}</h2><ol class="history" id="history">${history}</ol><p class="note">${t.dueNote}</p></section>`;
  return page(t.heading(o.village.name, item.no), boardText.expires(stamp(o.expires)), body, 'item');
}

export function householdPage(o: {
  base: string;
  village: BoardVillage;
  household: BoardHousehold;
  visits: BoardVisit[];
  items: BoardItem[];
  expires: Date;
  today: string;
}): Html {
  const t = boardText.household;
  const body = html`<p><a href="${o.base}/village/${o.village.id}">${boardText.item.back(o.village.name)}</a></p>
<section><p class="note">${t.facts(o.household.group, o.household.category, o.household.cadreName)}</p></section>
<section><h2>${t.visits(o.visits.length)}</h2>${
    o.visits.length
      ? html`<ul class="items" id="visits">${o.visits.map(
          (v) =>
            html`<li>${t.visitLine(v.visitedOn, v.method, v.cadreName)}<br><span class="note">${v.checks.map(
              (c) =>
                html`<span class="${c.ok === false ? 'bad' : c.ok ? 'ok' : ''}">${t.checks[c.key]}${c.ok === null ? '－' : c.ok ? '✓' : '✗'}</span> `,
            )}</span>${v.notes ? html`<br><span class="note">${m(v.notes)}</span>` : ''}</li>`,
        )}</ul>`
      : html`<p>${t.noVisits}</p>`
  }</section>
<section><h2>${t.items(o.items.length)}</h2>${
    o.items.length
      ? html`<ul class="items" id="household-items">${o.items.map((i) => itemLine(o.base, i, o.today))}</ul>`
      : html`<p>${t.noItems}</p>`
  }</section>`;
  return page(t.heading(m(o.household.headName), o.village.name), boardText.expires(stamp(o.expires)), body, 'household');
}
