/** 1 s, 2 s, 4 s … capped, with ±20% jitter so several bots do not knock on the service together. */
export function reconnectDelayMs(attempt: number, minMs: number, maxMs: number, random: () => number = Math.random): number {
  const base = Math.min(maxMs, minMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(Math.min(maxMs, base * (0.8 + 0.4 * random())));
}
