/** True for the error a duplicate key gives, however the driver adapter wraps it. */
export function isUniqueViolation(err: unknown, depth = 0): boolean {
  if (!err || depth > 5) return false;
  const e = err as { code?: string; message?: string; cause?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  if (e.code === 'P2002' || e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
  if (e.meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation') return true;
  if (typeof e.message === 'string' && /Unique constraint failed|UNIQUE constraint failed|duplicate key value/i.test(e.message))
    return true;
  return isUniqueViolation(e.cause, depth + 1);
}
