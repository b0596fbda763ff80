// The board's signed links: a link opens exactly its scope until it expires, and any change to
// it (scope, time, signature, key) makes it a forgery.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signBoardToken, verifyBoardToken } from '../../core/board-token.ts';

const SECRET = 'a-secret-of-at-least-16-chars';
const NOW = new Date('2026-11-25T02:00:00Z');
const later = (hours: number) => new Date(NOW.getTime() + hours * 3600_000);

describe('board tokens', () => {
  it('open their scope for 24 hours', () => {
    for (const scope of [{ kind: 'all' }, { kind: 'township', id: 3 }, { kind: 'village', id: 12 }] as const) {
      const token = signBoardToken(SECRET, scope, NOW);
      expect(verifyBoardToken(SECRET, token, later(23.9))).toEqual({ ok: true, scope, expiresAt: later(24) });
      expect(verifyBoardToken(SECRET, token, later(24))).toEqual({ ok: false, reason: 'expired' });
    }
  });

  it('carry no name or number but the scope id and the end time', () => {
    const token = signBoardToken(SECRET, { kind: 'village', id: 12 }, NOW);
    const [body] = token.split('.');
    expect(Buffer.from(body, 'base64url').toString()).toBe(`v12.${Math.floor(later(24).getTime() / 1000)}`);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
  });

  it('are forgeries when anything in them changes, or the key does', () => {
    const token = signBoardToken(SECRET, { kind: 'village', id: 12 }, NOW);
    const [body, sig] = token.split('.');
    const widened = `${Buffer.from(`a.${Math.floor(later(24).getTime() / 1000)}`).toString('base64url')}.${sig}`;
    const extended = `${Buffer.from(`v12.${Math.floor(later(48).getTime() / 1000)}`).toString('base64url')}.${sig}`;
    const flipped = `${body}.${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [widened, extended, flipped, `${token}.x`, body, '', '..', `${body}.`])
      expect(verifyBoardToken(SECRET, bad, NOW)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyBoardToken('another-secret-of-16-chars', token, NOW)).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuse a well-signed body that does not read as a scope', () => {
    // Signed with the right key, but not by signBoardToken: still no scope to open.
    for (const text of ['v0.9999999999', 'x1.9999999999', 'v1.soon']) {
      const body = Buffer.from(text).toString('base64url');
      const sig = createHmac('sha256', SECRET).update(body).digest('base64url');
      expect(verifyBoardToken(SECRET, `${body}.${sig}`, NOW)).toEqual({ ok: false, reason: 'forged' });
    }
  });
});
