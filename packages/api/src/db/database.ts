import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  /** The embedded database's own folder, where this process may keep caches beside it. */
  dataDir?: string;
  close(): Promise<void>;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The embedded database lives in one process at a time: a second server or the import CLI
 * opening the same folder would corrupt it. Returns a function that releases the lock.
 */
function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, 'recovery-circles.lock');
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(file, 'utf8'));
    if (holder !== process.pid && Number.isInteger(holder) && processAlive(holder)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${holder} (a running server?). ` +
          'Stop it first, or put files in IMPORT_DIR to import them at start, or use PostgreSQL (DATABASE_URL).',
      );
    }
    writeFileSync(file, String(process.pid));
  }
  return () => rmSync(file, { force: true });
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
  let release: (() => void) | undefined;
  let pglite: PGlite;
  if ('instance' in config) {
    pglite = config.instance;
  } else {
    mkdirSync(config.dataDir, { recursive: true });
    release = lockDataDir(config.dataDir);
    owned = await PGlite.create(config.dataDir);
    pglite = owned;
  }
  const pool = new pg.Pool(createPgConfig(pglite));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    backend: 'pglite',
    ...('dataDir' in config ? { dataDir: config.dataDir } : {}),
    async close() {
      await db.destroy();
      await owned?.close();
      release?.();
    },
  };
}
