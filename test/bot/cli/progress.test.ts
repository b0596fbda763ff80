import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../bot/cli/progress.ts';

/** A stand-in for a terminal: what cli-progress writes, and the width it asks for. */
function fakeTerminal() {
  const written: string[] = [];
  const stream = {
    isTTY: true,
    columns: 100,
    write: (chunk: string) => {
      written.push(String(chunk));
      return true;
    },
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    on: () => stream,
    removeListener: () => stream,
  };
  return { stream: stream as unknown as NodeJS.WriteStream, written };
}

describe('progress of long cli jobs', () => {
  it('without a terminal: one plain line at every tenth, rising, never twice the same', () => {
    const lines: string[] = [];
    const p = createProgress('正在写入花名册', { out: (l) => lines.push(l), tty: false, unit: '户' });
    for (let done = 0; done <= 50_000; done += 1000) p.update(done, 50_000);
    p.update(50_000, 50_000);
    p.stop();
    expect(lines).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((pct) => `正在写入花名册：${pct}%（${pct * 500}/50000 户）`));
  });

  it('shows nothing for a job below its size threshold, or with nothing to count', () => {
    const lines: string[] = [];
    const p = createProgress('正在写入花名册', { out: (l) => lines.push(l), tty: false, unit: '户', minTotal: 1000 });
    p.update(0, 15);
    p.update(15, 15);
    p.update(0, 0);
    expect(lines).toEqual([]);
  });

  it('on a terminal: a bar on the terminal stream, nothing among the summary lines', () => {
    const lines: string[] = [];
    const { stream, written } = fakeTerminal();
    const p = createProgress('正在备份', { out: (l) => lines.push(l), tty: true, stream, unit: '页' });
    p.update(0, 200);
    p.update(200, 200);
    p.stop();
    expect(lines).toEqual([]);
    expect(written.join('')).toContain('正在备份');
    expect(written.join('')).toContain('200/200 页');
  });
});
