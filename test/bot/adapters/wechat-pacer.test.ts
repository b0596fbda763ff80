import { describe, expect, it } from 'vitest';
import { createPacer, PacerClosedError } from '../../../bot/adapters/wechat/pacer.ts';
import { reconnectDelayMs } from '../../../bot/adapters/wechat/reconnect-delay.ts';

describe('createPacer', () => {
  it('spaces sends by the gap, in call order', async () => {
    const pacer = createPacer({ gapMs: 40, perMinute: 600 });
    const times: number[] = [];
    const order: number[] = [];
    const t0 = Date.now();
    await Promise.all(
      [0, 1, 2, 3].map(async (i) => {
        await pacer.turn();
        order.push(i);
        times.push(Date.now() - t0);
      }),
    );
    expect(order).toEqual([0, 1, 2, 3]);
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(38);
    pacer.close();
  });

  it('holds a burst to the per-minute budget', async () => {
    let clock = 0;
    const pacer = createPacer({ gapMs: 0, perMinute: 3, now: () => clock });
    for (let i = 0; i < 3; i++) await pacer.turn();
    // The bucket is empty: the fourth send waits for a refill (20 s at 3/min).
    let fourth = false;
    const p = pacer.turn().then(() => {
      fourth = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(fourth).toBe(false);
    clock = 20_000;
    pacer.close();
    await expect(p).rejects.toBeInstanceOf(PacerClosedError);
  });

  it('close() rejects waiting turns at once (nothing keeps the process alive)', async () => {
    const pacer = createPacer({ gapMs: 60_000, perMinute: 10 });
    await pacer.turn();
    const waiting = pacer.turn();
    const t0 = Date.now();
    pacer.close();
    await expect(waiting).rejects.toBeInstanceOf(PacerClosedError);
    expect(Date.now() - t0).toBeLessThan(100);
  });
});

describe('reconnectDelayMs', () => {
  it('doubles from the first wait and stops at the cap', () => {
    const mid = () => 0.5;
    expect(reconnectDelayMs(1, 1000, 60_000, mid)).toBe(1000);
    expect(reconnectDelayMs(2, 1000, 60_000, mid)).toBe(2000);
    expect(reconnectDelayMs(4, 1000, 60_000, mid)).toBe(8000);
    expect(reconnectDelayMs(30, 1000, 60_000, mid)).toBe(60_000);
    expect(reconnectDelayMs(30, 1000, 60_000, () => 1)).toBe(60_000);
  });
});
