import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type StorageConfig =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite'; instance: PGlite };

/** The query layer over either backend: one Kysely on a node-postgres pool. */
export interface Storage {
  db: Kysely<Database>;
  backend: 'postgres' | 'pglite';
  close(): Promise<void>;
}

/**
 * Opens the database. PGlite runs Postgres in-process (the zero-set-up default) and plugs into
 * node-postgres, so the same queries serve both backends.
 */
export async function openStorage(config: StorageConfig): Promise<Storage> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, backend: 'postgres', close: () => db.destroy() };
  }
  let owned: PGlite | undefined;
  let pglite: PGlite;
  if ('instance' in config) {
    pglite = config.instance;
  } else {
    mkdirSync(config.dataDir, { recursive: true });
    owned = await PGlite.create(config.dataDir);
    pglite = owned;
  }
  const pool = new pg.Pool(createPgConfig(pglite));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    backend: 'pglite',
    async close() {
      await db.destroy();
      await owned?.close();
    },
  };
}
