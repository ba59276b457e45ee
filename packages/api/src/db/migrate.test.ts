import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { BACKENDS, freshDatabaseUrl, freshStorage } from '../../test/backends.js';
import { openStorage } from './database.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';

describe.each(BACKENDS)('migrations on %s', (backend) => {
  it('applies every migration once, and nothing on the next start', async () => {
    const storage = await freshStorage(backend);
    try {
      expect(await migrate(storage.db)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await migrate(storage.db)).toEqual([]);
    } finally {
      await storage.close();
    }
  });
});

describe('migrations on a PostgreSQL database that is not UTF8', () => {
  it('refuse it with what to do, and create nothing', async () => {
    const storage = await openStorage({ kind: 'postgres', url: await freshDatabaseUrl('SQL_ASCII') });
    try {
      await expect(migrate(storage.db)).rejects.toThrow(/encoding is SQL_ASCII.*needs a UTF8 database/);
      const { rows } = await sql<{ found: string | null }>`
        SELECT to_regclass('schema_migrations')::text AS found
      `.execute(storage.db);
      expect(rows[0]?.found).toBeNull();
    } finally {
      await storage.close();
    }
  });
});
