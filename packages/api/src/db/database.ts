import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { type CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { EmbeddedDatabase, embeddedPoolConfig } from './embedded.js';
import type { Database } from './schema.js';

export type StorageConfig =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /**
   * The embedded database in `dataDir`, or in memory (tests) when there is none. It runs on a
   * thread of its own (see `embedded.ts`) unless `sameThread`: for the import command, which
   * has no event loop to keep free, and whose every statement is then a thread hop (about
   * 0.1 ms) quicker.
   */
  | { kind: 'pglite'; dataDir?: string; sameThread?: boolean };

/** The query layer over either backend: one Kysely on a node-postgres pool. */
export interface Storage {
  db: Kysely<Database>;
  backend: 'postgres' | 'pglite';
  /** The embedded database's own folder, where this process may keep caches beside it. */
  dataDir?: string;
  /**
   * Runs read-only queries back to back where the database runs, handing each one's rows to
   * `each` while the next runs: set when that is another thread (the embedded database), so
   * a bulk read is read there and parsed here at the same time. Runs in the session as it is,
   * so call it inside the transaction the queries belong to.
   */
  readAhead?<Row>(queries: readonly CompiledQuery<Row>[], each: (rows: Row[]) => void): Promise<void>;
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
 * Opens the database. PGlite runs Postgres in the process (the zero-set-up default), on a
 * thread of its own, and plugs into node-postgres, so the same queries serve both backends.
 * On its thread, the embedded database is returned while it is still opening: queries wait
 * for it, and the first one fails with the reason if it cannot be opened.
 */
export async function openStorage(config: StorageConfig): Promise<Storage> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, backend: 'postgres', close: () => db.destroy() };
  }
  const { dataDir } = config;
  let release: (() => void) | undefined;
  if (dataDir !== undefined) {
    mkdirSync(dataDir, { recursive: true });
    release = lockDataDir(dataDir);
  }
  let pool: pg.Pool;
  let stop: () => Promise<void>;
  let readAhead: Storage['readAhead'];
  if (config.sameThread) {
    let pglite: PGlite;
    try {
      pglite = await PGlite.create(dataDir ?? 'memory://');
    } catch (error) {
      release?.();
      throw error;
    }
    pool = new pg.Pool(createPgConfig(pglite));
    stop = () => pglite.close();
  } else {
    const embedded = new EmbeddedDatabase(dataDir);
    pool = new pg.Pool(embeddedPoolConfig(embedded));
    stop = () => embedded.close();
    // Only each query's text and parameters cross to the thread, not Kysely's query tree.
    readAhead = (queries, each) =>
      embedded.queries(
        queries.map(({ sql, parameters }) => ({ sql, parameters })),
        each,
      );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    backend: 'pglite',
    ...(dataDir !== undefined ? { dataDir } : {}),
    ...(readAhead ? { readAhead } : {}),
    async close() {
      try {
        await db.destroy();
        await stop();
      } finally {
        release?.();
      }
    },
  };
}
