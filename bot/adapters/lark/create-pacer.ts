/**
 * Spaces calls out: at most `perSecond` per key (Lark allows about 5 messages a second in
 * one group) and at most `totalPerSecond` in any second across keys (the app-wide send
 * limit). A call waits for its slot rather than being refused, so the outbox does not run
 * into the limit; the limit's error is still handled when it does.
 */
export function createPacer(options: { perSecond: number; totalPerSecond?: number; sleep?: (ms: number) => Promise<void> }) {
  const gap = 1000 / Math.max(options.perSecond, 0.001);
  const total = options.totalPerSecond ?? Infinity;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const nextFor = new Map<string, number>();
  // Slots handed out in the last second and ahead, ascending.
  let slots: number[] = [];

  /** The first time at or after `t` with fewer than `total` slots in the second before it. */
  function globalSlot(t: number): number {
    let at = t;
    for (;;) {
      const inWindow = slots.filter((s) => s > at - 1000 && s <= at);
      if (inWindow.length < total) return at;
      at = inWindow[0] + 1000;
    }
  }

  return {
    /** Resolves when a call for `key` may go; slots are handed out in call order. */
    async wait(key: string): Promise<void> {
      const now = Date.now();
      const at = globalSlot(Math.max(now, nextFor.get(key) ?? 0));
      nextFor.set(key, at + gap);
      if (Number.isFinite(total)) {
        slots = slots.filter((s) => s > now - 1000);
        slots.push(at);
        slots.sort((a, b) => a - b);
      }
      if (nextFor.size > 10_000) {
        for (const [k, t] of nextFor) if (t < now) nextFor.delete(k);
      }
      if (at > now) await sleep(at - now);
    },
  };
}
