import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import { cacheStatements } from './statement-cache.ts';

/**
 * better-sqlite3 is one connection. Prisma's adapter keeps transactions from overlapping, but a
 * query from outside any transaction runs straight on that connection, so while a transaction
 * is open the query joins it: its write is undone if that transaction rolls back, and stays
 * uncommitted until it ends (a kill -9 in a burst lost inbox rows the bot had acknowledged).
 * Here every statement waits its turn: a lone query while no transaction is open, and a
 * transaction for its whole life.
 */
export function serializeSqlite(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      cacheStatements(adapter);
      return serializedAdapter(adapter);
    },
    // The migrator's scratch database (in memory) has no other users.
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}

function serializedAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  let tail: Promise<void> = Promise.resolve();
  /** Resolves with a release function once every earlier holder has released. */
  function acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const turn = tail.then(() => release);
    tail = tail.then(() => released);
    return turn;
  }
  async function alone<T>(run: () => Promise<T>): Promise<T> {
    const release = await acquire();
    try {
      return await run();
    } finally {
      release();
    }
  }
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query: SqlQuery) => alone(() => adapter.queryRaw(query)),
    executeRaw: (query: SqlQuery) => alone(() => adapter.executeRaw(query)),
    executeScript: (script: string) => alone(() => adapter.executeScript(script)),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => alone(() => adapter.dispose()),
    async startTransaction(isolationLevel) {
      const release = await acquire();
      try {
        return heldTransaction(await adapter.startTransaction(isolationLevel), release);
      } catch (err) {
        release();
        throw err;
      }
    },
  };
}

/** The transaction as Prisma uses it; ending it, either way, lets the next statement in. */
function heldTransaction(tx: Transaction, release: () => void): Transaction {
  let ended = false;
  const end = async (finish: () => Promise<void>) => {
    try {
      await finish();
    } finally {
      if (!ended) {
        ended = true;
        release();
      }
    }
  };
  return {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: (query) => tx.queryRaw(query),
    executeRaw: (query) => tx.executeRaw(query),
    commit: () => end(() => tx.commit()),
    rollback: () => end(() => tx.rollback()),
    createSavepoint: tx.createSavepoint && ((name) => tx.createSavepoint!(name)),
    rollbackToSavepoint: tx.rollbackToSavepoint && ((name) => tx.rollbackToSavepoint!(name)),
    releaseSavepoint: tx.releaseSavepoint && ((name) => tx.releaseSavepoint!(name)),
  };
}
