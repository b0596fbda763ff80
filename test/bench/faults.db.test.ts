import { describe, expect, it } from 'vitest';
import { runKillBench, runOutageBench } from '../../bench/faults.ts';

// The fault benchmarks of `npm run bench` at a small size, counting effects per message:
// after a kill -9 and a recovery, or a database outage, every check-in left one visit,
// every report one set of ledger numbers and every message at most one receipt.
const noDoubles = {
  messagesWithTwoVisits: 0,
  messagesNumberedTwice: 0,
  extraLedgerNumbers: 0,
  messagesAnsweredTwice: 0,
  unanswered: 0,
  doubleEffects: 0,
};

describe('faults at a small size', () => {
  it('a kill -9 mid-burst, then recovery: each message took effect once', async () => {
    const provider = process.env.TEST_DB === 'postgres' ? 'postgresql' : 'sqlite';
    const result = await runKillBench({ burst: 400, provider });
    expect(result.storedBeforeKill).toBeGreaterThanOrEqual(200);
    expect(result.checkinsHandled).toBeGreaterThan(0);
    expect(result.visits).toBe(result.checkinsHandled);
    expect(result.effects).toEqual(noDoubles);
    expect(result.nothingLost).toBe(true);
  }, 120_000);

  // The outage is a network cut between the bot and PostgreSQL; SQLite has no network.
  it.skipIf(process.env.TEST_DB !== 'postgres')(
    'a database outage under load: each message took effect once',
    async () => {
      const result = await runOutageBench({ rate: 20, beforeSeconds: 2, outageSeconds: 3, afterSeconds: 2 });
      expect(result.acceptedWhileDown).toBeGreaterThan(0);
      expect(result.refusedWhileDown).toBe(0);
      expect(result.effects).toEqual(noDoubles);
      expect(result.nothingLost).toBe(true);
    },
    120_000,
  );
});
