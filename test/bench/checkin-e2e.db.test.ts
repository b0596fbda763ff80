import { describe, expect, it } from 'vitest';
import { runCheckinE2eBench } from '../../bench/checkin-e2e.ts';

// The Tuesday-morning burst of `npm run bench` at a small size: 50 groups at once with the
// recovery pass running beside them, every message accounted for in the inbox and in the
// records it should have left, none of them twice.
describe('a burst of check-ins from 50 groups at once', () => {
  it('stores every message and leaves one visit, one set of ledger numbers and one receipt per message', async () => {
    const provider = process.env.TEST_DB === 'postgres' ? 'postgresql' : 'sqlite';
    const result = await runCheckinE2eBench({ provider, n: 400, recoverEveryMs: 50 });
    const inboxTotal = Object.values(result.inbox).reduce((a, b) => a + b, 0);
    expect(inboxTotal).toBe(400);
    expect(result.inbox.failed ?? 0).toBe(0);
    expect(result.inbox.received ?? 0).toBe(0);
    expect(result.records.visits).toBeGreaterThan(100);
    expect(result.effects).toEqual({
      messagesWithTwoVisits: 0,
      messagesNumberedTwice: 0,
      extraLedgerNumbers: 0,
      messagesAnsweredTwice: 0,
      unanswered: 0,
      doubleEffects: 0,
    });
    expect(result.nothingLost).toBe(true);
  }, 120_000);
});
