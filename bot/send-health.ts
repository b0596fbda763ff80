import { maskPii } from '../core/mask-pii.ts';
import type { Platform } from '../core/platform.ts';

export interface PlatformSends {
  lastSuccessAt: Date | null;
  /** The first failed send since the last success; null while sends go through. */
  failingSince: Date | null;
  lastError: string | null;
  /** Failed sends since the last success. */
  failures: number;
}

export interface SendProblem {
  platform: Platform;
  failingSeconds: number;
  failures: number;
  lastError: string | null;
  reason: string;
}

/**
 * Per platform: when a send last went through and since when sends have been failing.
 * A connected adapter can still be refused every send (a revoked permission, an expired
 * token, the open API down); this is what tells the health check so.
 */
export function createSendHealth() {
  const platforms = new Map<Platform, PlatformSends>();
  const entry = (platform: Platform) => {
    let e = platforms.get(platform);
    if (!e) platforms.set(platform, (e = { lastSuccessAt: null, failingSince: null, lastError: null, failures: 0 }));
    return e;
  };
  return {
    succeeded(platform: Platform, at: Date): void {
      Object.assign(entry(platform), { lastSuccessAt: at, failingSince: null, lastError: null, failures: 0 });
    },
    failed(platform: Platform, at: Date, error: string): void {
      const e = entry(platform);
      e.failingSince ??= at;
      e.lastError = maskPii(error);
      e.failures++;
    },
    snapshot(): Partial<Record<Platform, PlatformSends>> {
      return Object.fromEntries([...platforms].map(([p, e]) => [p, { ...e }]));
    },
    /** Platforms whose sends have failed, with none going through, for longer than `afterMs`. */
    problems(now: Date, afterMs: number): SendProblem[] {
      const out: SendProblem[] = [];
      for (const [platform, e] of platforms) {
        if (!e.failingSince || now.getTime() - e.failingSince.getTime() <= afterMs) continue;
        const failingSeconds = Math.round((now.getTime() - e.failingSince.getTime()) / 1000);
        out.push({
          platform,
          failingSeconds,
          failures: e.failures,
          lastError: e.lastError,
          reason: `${platform} sends failing for ${failingSeconds} s (${e.failures} failed, none sent since ${e.failingSince.toISOString()}): ${e.lastError ?? 'unknown error'}`,
        });
      }
      return out;
    },
  };
}

export type SendHealth = ReturnType<typeof createSendHealth>;
