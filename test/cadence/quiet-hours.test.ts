import { describe, expect, it } from 'vitest';
import { parseQuietHours } from '../../cadence/quiet-hours.ts';
import { sh } from './cadence-support.ts';

describe('quiet hours', () => {
  const quiet = parseQuietHours('21:00-07:30');

  it('covers the evening and the early morning of a range past midnight', () => {
    expect(quiet.contains(sh('2026-11-23 21:00'))).toBe(true);
    expect(quiet.contains(sh('2026-11-23 23:59'))).toBe(true);
    expect(quiet.contains(sh('2026-11-24 07:29'))).toBe(true);
  });

  it('leaves the working day free', () => {
    expect(quiet.contains(sh('2026-11-23 07:30'))).toBe(false);
    expect(quiet.contains(sh('2026-11-23 20:59'))).toBe(false);
  });

  it('ends an evening quiet time the next morning', () => {
    expect(quiet.endAfter(sh('2026-11-23 22:00'))).toEqual(sh('2026-11-24 07:30'));
  });

  it('ends an early-morning quiet time the same morning', () => {
    expect(quiet.endAfter(sh('2026-11-24 06:00'))).toEqual(sh('2026-11-24 07:30'));
  });

  it('is off when start and end are the same', () => {
    expect(parseQuietHours('00:00-00:00').contains(sh('2026-11-23 03:00'))).toBe(false);
  });
});
