// Which font files draw a chart: the install-time cut alone when it has every character, the
// full font beside it when a name needs a rarer one, the full font when there is no cut.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chartFontFiles } from '../../charts/chart-fonts.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'chart-fonts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cutWith(name: string, chars: string, files = { regular: 'r.otf', bold: 'b.otf' }): string {
  const cut = path.join(dir, name);
  mkdirSync(cut);
  for (const f of Object.values(files)) writeFileSync(path.join(cut, f), 'font');
  writeFileSync(path.join(cut, 'chart-fonts.json'), JSON.stringify({ files, chars }));
  return cut;
}

const isFull = (f: string) => f.includes(`${path.sep}@embedpdf${path.sep}fonts-sc${path.sep}`);

describe('chartFontFiles', () => {
  it('uses the cut alone when every character of the chart is in it', () => {
    const cut = cutWith('covers', '三星村镇');
    const files = chartFontFiles('<svg><text style="font-family:x">三星村 12</text></svg>', cut);
    expect(files).toEqual([path.join(cut, 'r.otf'), path.join(cut, 'b.otf')]);
  });

  it('adds the full font when a character is missing from the cut', () => {
    const cut = cutWith('misses', '三星村');
    const files = chartFontFiles('<svg><text>大塝村</text></svg>', cut);
    expect(files.slice(0, 2)).toEqual([path.join(cut, 'r.otf'), path.join(cut, 'b.otf')]);
    expect(files.slice(2).length).toBe(2);
    expect(files.slice(2).every(isFull)).toBe(true);
  });

  it('uses the full font when there is no cut, or its files are gone', () => {
    expect(chartFontFiles('<svg><text>三星村</text></svg>', path.join(dir, 'none')).every(isFull)).toBe(true);
    const cut = cutWith('half', '三星村', { regular: 'r.otf', bold: 'gone.otf' });
    rmSync(path.join(cut, 'gone.otf'));
    expect(chartFontFiles('<svg><text>三星村</text></svg>', cut).every(isFull)).toBe(true);
  });
});
