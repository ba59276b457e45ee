import { type Kysely, sql } from 'kysely';
import { MIGRATIONS, type Migration } from './migrations/index.js';
import type { Database } from './schema.js';

// Any constant works; it only has to be the same for every replica of this app.
const MIGRATION_LOCK_KEY = 7_260_001;

/**
 * Applies pending migrations. Replicas starting together serialize on a transaction-level
 * advisory lock, so each migration runs exactly once. Returns the versions it applied.
 * Refuses, before touching anything, a database whose encoding is not UTF8.
 */
export async function migrate(
  db: Kysely<Database>,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    const shown = await sql<{ server_encoding: string }>`SHOW server_encoding`.execute(trx);
    const encoding = shown.rows[0]?.server_encoding;
    if (encoding !== 'UTF8') {
      // Documents are stored as ASCII JSON with \u escapes, which become jsonb only where the
      // database can hold every character: SQL_ASCII fails on the first accented name, and
      // LATIN1 on the first emoji.
      throw new Error(
        `The database's encoding is ${encoding ?? 'unknown'}; Recovery Circles needs a UTF8 database ` +
          '(createdb --encoding=UTF8 --template=template0 <name>).',
      );
    }
    await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(trx);
    await sql`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`.execute(trx);
    const rows = await trx.selectFrom('schema_migrations').select('version').execute();
    const applied = new Set(rows.map((r) => r.version));
    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await sql.raw(migration.sql).execute(trx);
      await trx
        .insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name })
        .execute();
      done.push(migration.version);
    }
    return done;
  });
}
