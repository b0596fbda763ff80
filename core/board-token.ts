// The ledger board's signed links. A link carries only what it opens (all, a township or a
// village, by database id: no names, no phone or ID numbers) and when it stops working,
// signed with HMAC-SHA256; the server trusts nothing in a link it cannot verify.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type BoardScope = { kind: 'all' } | { kind: 'township'; id: number } | { kind: 'village'; id: number };

/** How long a link opens the board. */
export const BOARD_LINK_HOURS = 24;

export type TokenCheck = { ok: true; scope: BoardScope; expiresAt: Date } | { ok: false; reason: 'forged' | 'expired' };

const encode = (s: string) => Buffer.from(s).toString('base64url');
const mac = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url');

/** `a`, `t3`, `v5`: the scope as short as a URL likes it. */
function scopeCode(scope: BoardScope): string {
  return scope.kind === 'all' ? 'a' : `${scope.kind === 'township' ? 't' : 'v'}${scope.id}`;
}

function readScope(code: string): BoardScope | null {
  if (code === 'a') return { kind: 'all' };
  const m = /^([tv])([1-9]\d{0,9})$/.exec(code);
  if (!m) return null;
  return { kind: m[1] === 't' ? 'township' : 'village', id: Number(m[2]) };
}

export function signBoardToken(secret: string, scope: BoardScope, now: Date, hours = BOARD_LINK_HOURS): string {
  const expires = Math.floor(now.getTime() / 1000) + hours * 3600;
  const body = encode(`${scopeCode(scope)}.${expires}`);
  return `${body}.${mac(secret, body)}`;
}

export function verifyBoardToken(secret: string, token: string, now: Date): TokenCheck {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return { ok: false, reason: 'forged' };
  const expected = Buffer.from(mac(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'forged' };
  const [code, expires] = Buffer.from(body, 'base64url').toString().split('.');
  const scope = readScope(code ?? '');
  const at = Number(expires);
  if (!scope || !Number.isSafeInteger(at)) return { ok: false, reason: 'forged' };
  if (at * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, scope, expiresAt: new Date(at * 1000) };
}
