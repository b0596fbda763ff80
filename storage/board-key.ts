// The board's signing key when BOARD_SECRET is not configured: made once and kept in the
// database, so links survive a restart and every instance verifies what another signed.
import { randomBytes } from 'node:crypto';
import { client, type Queryable } from './client.ts';
import { isUniqueViolation } from './unique-violation.ts';

const KEY_ID = 1;

export async function boardKey(db: Queryable): Promise<string> {
  const found = await client(db).boardKey.findUnique({ where: { id: KEY_ID } });
  if (found) return found.secret;
  // Two instances may make one at once: the row's fixed id lets only one in, and both read it back.
  try {
    await client(db).boardKey.create({ data: { id: KEY_ID, secret: randomBytes(32).toString('base64url') } });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
  return (await client(db).boardKey.findUniqueOrThrow({ where: { id: KEY_ID } })).secret;
}
