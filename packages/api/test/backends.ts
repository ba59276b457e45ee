import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openStorage, type Storage } from '../src/db/database.js';

/** The two storage backends every storage and API suite runs against. */
export const BACKENDS = ['pglite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

/** A fresh, empty database on the given backend. */
export async function freshStorage(backend: Backend): Promise<Storage> {
  // In memory, on its own thread, as the server's default is on a folder.
  if (backend === 'pglite') return openStorage({ kind: 'pglite' });
  return openStorage({ kind: 'postgres', url: await freshDatabaseUrl(), poolSize: 4 });
}

/** A URL of a new, empty database on the test run's real PostgreSQL server (UTF8 unless told). */
export async function freshDatabaseUrl(encoding?: 'SQL_ASCII'): Promise<string> {
  const adminUrl = inject('postgresAdminUrl');
  const name = `rc_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(
    encoding === undefined
      ? `CREATE DATABASE ${name}`
      : `CREATE DATABASE ${name} ENCODING '${encoding}' TEMPLATE template0 LOCALE 'C'`,
  );
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
