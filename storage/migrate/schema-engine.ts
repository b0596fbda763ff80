import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

type Bindings = typeof import('@prisma/schema-engine-wasm');
let bindings: Promise<Bindings> | undefined;

/**
 * Loads Prisma's schema engine compiled to WebAssembly. Its package imports the `.wasm`
 * as an ES module, which Node 20 only allows behind --experimental-wasm-modules; so we
 * instantiate it by hand with the glue module as its import object. No binary is
 * downloaded: this is what lets migrations run on an offline server.
 */
function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue = await import(pathToFileURL(gluePath).href);
    const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return glue as Bindings;
  })();
  return bindings;
}

export interface EngineSession {
  engine: SchemaEngine;
  /** Frees the engine and closes every connection it opened (SQLite keeps an exclusive lock otherwise). */
  close(): Promise<void>;
}

export async function openSchemaEngine(
  schema: string,
  factory: SqlMigrationAwareDriverAdapterFactory,
  log: (line: string) => void = () => {},
): Promise<EngineSession> {
  const glue = await loadBindings();
  const opened: SqlDriverAdapter[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const a = await factory.connect();
      opened.push(a);
      return a;
    },
    connectToShadowDb: async () => {
      const a = await factory.connectToShadowDb();
      opened.push(a);
      return a;
    },
  };
  const engine = await glue.SchemaEngine.new(
    { datamodels: [['schema.prisma', schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  return {
    engine,
    async close() {
      engine.free();
      await Promise.allSettled(opened.map((a) => a.dispose()));
    },
  };
}
