// Tells a database that is away (retry later, lose nothing) from a bug (report it).
const TRANSIENT_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2034', 'P2028']);
const TRANSIENT_ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TransactionWriteConflict',
  'TransactionAlreadyClosed',
]);
const TRANSIENT_TEXT =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|server closed the connection|the database system is (starting up|shutting down)|terminating connection|database is locked|SQLITE_BUSY|Can't reach database|Timed out fetching|Transaction API error|connection timeout/i;

export function isTransientDbError(err: unknown, depth = 0): boolean {
  if (!err || depth > 5) return false;
  const e = err as {
    code?: string;
    kind?: string;
    message?: string;
    cause?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: string } } };
  };
  if (e.code && TRANSIENT_PRISMA_CODES.has(e.code)) return true;
  if (e.kind && TRANSIENT_ADAPTER_KINDS.has(e.kind)) return true;
  const adapterKind = e.meta?.driverAdapterError?.cause?.kind;
  if (adapterKind && TRANSIENT_ADAPTER_KINDS.has(adapterKind)) return true;
  if (typeof e.message === 'string' && TRANSIENT_TEXT.test(e.message)) return true;
  return isTransientDbError(e.cause, depth + 1);
}
