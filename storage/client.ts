// How the layers above storage hold the database: `Db` (opened once, by the entry points) and
// `Tx` (a transaction, handed to a handler or a job). Neither can be queried from outside
// storage/: a `Tx` is opaque, and what it stands for — a Prisma client — is reached only here,
// by `client()`, inside a storage function. The generated clients are imported as types only,
// so importing a storage function does not load Prisma.
import type { PrismaClient } from './generated/sqlite/client/client.ts';
import type { DatabaseTarget, Provider } from './driver-adapter.ts';

/**
 * Both generated clients have the same models and methods; storage is written against one
 * type. Provider-specific SQL (locks, upserts) checks `db.provider`.
 */
export type Prisma = PrismaClient;
/** What a query runs on inside storage: the client or one of its transactions. */
export type Client = Omit<Prisma, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

declare const opaque: unique symbol;

/**
 * A transaction as handlers and jobs hold it: passed to storage functions, never queried. The
 * router hands out only the opaque half; the union with Client lets a test pass a raw client,
 * and still no property of a Tx can be reached without a cast (it must exist on both halves).
 */
export type Tx = { readonly [opaque]: 'Tx' } | Client;

export interface Db {
  /** For tests and storage/ only; the layering test keeps the rest of the code away from it. */
  readonly prisma: Prisma;
  readonly provider: Provider;
  readonly target: DatabaseTarget;
  close(): Promise<void>;
}

/** Anything a storage function can read or write through: the database or a transaction. */
export type Queryable = Db | Tx;

/** The Prisma client behind a Db or a Tx. */
export function client(q: Queryable): Client {
  return Object.hasOwn(q, 'prisma') ? (q as Db).prisma : (q as Client);
}

export interface TransactionOptions {
  timeout?: number;
  maxWait?: number;
}

/** Runs `work` in one transaction: everything it writes commits together, or nothing does. */
export function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T> {
  return db.prisma.$transaction((tx) => work(tx as unknown as { readonly [opaque]: 'Tx' }), options);
}
