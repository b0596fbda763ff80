// The roster workbook's 乡镇领导 sheet: township leaders and 联村领导, one person a row, with
// 职务 and 联系村. The household sheet names people only as a household's 帮扶责任人; a
// 镇长 who helps no household, or a 联村领导 of five villages, needs a row of their own.
import { readXlsxSheets } from './xlsx-rows.ts';
import { headerKey, mapHeader } from './roster-columns.ts';
import type { RowProblem } from './roster-row.ts';
import { rosterText } from '../prompts/roster.ts';
import type { LeaderRecord } from '../storage/leaders.ts';

export interface LeaderRow extends LeaderRecord {
  row: number;
}

type LeaderField = 'name' | 'title' | 'township' | 'villages' | 'phone' | 'wechatId' | 'larkId';

const HEADERS: Record<LeaderField, RegExp> = {
  name: /^(姓名|领导姓名|名字)$/,
  title: /^(职务|角色|职务\/角色)$/,
  township: /^(乡镇|乡（镇）|乡镇（街道）|所属乡镇|镇|乡)$/,
  villages: /^(联系村|联系村（多个用逗号分开）|包联村|包村|联村|所联系村)$/,
  phone: /电话|手机/,
  wechatId: /微信/,
  larkId: /飞书|open_?id|user_?id/i,
};

export interface LeaderSheet {
  rows: LeaderRow[];
  errors: RowProblem[];
}

function mapLeaderHeader(cells: string[]): Map<number, LeaderField> | null {
  // The household sheet (村 and 户主, where 姓名 means the 户主) is never this one.
  if (mapHeader(cells)) return null;
  const map = new Map<number, LeaderField>();
  cells.forEach((cell, i) => {
    const key = headerKey(cell);
    const field = (Object.keys(HEADERS) as LeaderField[]).find((f) => HEADERS[f].test(key) && ![...map.values()].includes(f));
    if (field) map.set(i, field);
  });
  const has = new Set(map.values());
  return has.has('name') && has.has('title') && has.has('township') ? map : null;
}

const tidy = (v: string | undefined) => (v ?? '').replace(/[\s\u3000\u00a0]+/g, '');
const MOBILE = /^1[3-9]\d{9}$/;

/**
 * The first sheet (after the household sheet, in tab order) whose header names 姓名, 职务 and
 * 乡镇; none is an empty list, as most rosters have no such sheet. 联系村 lists villages
 * separated by 、 , ， ; or spaces.
 */
export function readLeaderSheet(bytes: Uint8Array): LeaderSheet {
  const out: LeaderSheet = { rows: [], errors: [] };
  for (const sheet of readXlsxSheets(bytes)) {
    const { rows } = sheet.open();
    let header: Map<number, LeaderField> | null = null;
    for (const { row, cells } of rows) {
      if (!header) {
        header = mapLeaderHeader(cells);
        if (!header && row > 10) break;
        continue;
      }
      if (cells.every((c) => !c.trim())) continue;
      const f: Partial<Record<LeaderField, string>> = {};
      for (const [i, field] of header) f[field] = cells[i] ?? '';
      const name = tidy(f.name);
      const title = tidy(f.title);
      const township = tidy(f.township);
      if (!name || !title || !township) {
        out.errors.push({ row, reason: rosterText.leaderIncomplete });
        continue;
      }
      if ([...name].length > 20 || [...township].length > 30 || [...title].length > 30) {
        out.errors.push({ row, reason: rosterText.leaderTooLong });
        continue;
      }
      const villages = (f.villages ?? '')
        .split(/[、,，;；\s]+/)
        .map((v) => v.trim())
        .filter(Boolean);
      const phone = tidy(f.phone).replace(/^\+?86/, '');
      out.rows.push({
        row,
        name,
        title,
        township,
        villages,
        phone: MOBILE.test(phone) ? phone : null,
        wechatId: tidy(f.wechatId) || null,
        larkId: tidy(f.larkId) || null,
      });
    }
    if (header) break;
  }
  return out;
}
