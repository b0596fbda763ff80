import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { addDays, dayStart } from '../core/shanghai-calendar.ts';
import type { ReplyFile } from '../core/reply.ts';
import { packText } from '../prompts/dispatch-pack.ts';
import type { Queryable } from '../storage/client.ts';
import { dispatchData } from '../storage/dispatch-data.ts';
import { dispatchPack, type DispatchPack } from './dispatch-pack.ts';

export interface PackRequest {
  villages: Array<{ id: number; name: string }>;
  /** The township's name, or the villages' names for a narrower scope. */
  label: string;
  /** The period's first and last Shanghai days (inclusive). */
  fromDay: string;
  lastDay: string;
  today: string;
  /** Lines after the figures: 未归属 villages. The attachment line is added here. */
  tail: string[];
  filesDir: string;
  /** Makes the file's path unique (the run or message instant). */
  stamp: Date;
}

export interface BuiltPack {
  pack: DispatchPack;
  subject: string;
  lines: string[];
  /** Null when the scope has no village (nothing to attach). */
  file: ReplyFile | null;
}

/**
 * Reads a scope's records, computes the pack, writes the xlsx under `filesDir` and returns
 * the short message's lines with the file to send after it. The cadence's 半月调度 and the
 * `#调度` command both build it here, so the two cannot differ.
 */
export async function buildDispatchPack(db: Queryable, r: PackRequest): Promise<BuiltPack> {
  const period = { from: dayStart(r.fromDay), to: dayStart(addDays(r.lastDay, 1)), fromDay: r.fromDay, lastDay: r.lastDay };
  const pack = dispatchPack(await dispatchData(db, r.villages, period), period, r.today);
  const subject = packText.subject(r.label, r.fromDay, r.lastDay);
  if (!r.villages.length) return { pack, subject, lines: [packText.noVillages, ...r.tail], file: null };
  const name = packText.fileName(r.label, r.fromDay, r.lastDay);
  const dir = path.resolve(r.filesDir, 'dispatch');
  await mkdir(dir, { recursive: true });
  const file = { path: path.join(dir, `${r.stamp.getTime()}-${name}`), name };
  // exceljs is a second of start-up and tens of MB: loaded by the first pack, not by every start.
  const { dispatchWorkbook } = await import('./dispatch-workbook.ts');
  await dispatchWorkbook(pack).xlsx.writeFile(file.path);
  const quiet = !pack.allTime.total && !pack.coverage.households;
  const tail = [...r.tail, packText.attached(name)];
  return { pack, subject, lines: quiet ? [packText.empty, ...tail] : packText.lines(pack, tail), file };
}
