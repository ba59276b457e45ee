import {
  createIndex,
  outlineOf,
  type Resource,
  type ResourceOutline,
  starterDirectory,
} from '@recovery-circles/core';
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

describe.each(BACKENDS)('migration 0005 on %s', (backend) => {
  it("works out the outline of every document stored before it, as core's outlineOf would", async () => {
    const storage = await freshStorage(backend);
    try {
      await migrate(
        storage.db,
        MIGRATIONS.filter((m) => m.version < 5),
      );
      const [hotline, service] = [
        starterDirectory().find((r) => r.kind === 'hotline'),
        starterDirectory().find((r) => r.kind === 'service'),
      ] as [Resource, Resource & { kind: 'service' }];
      const place = { city: 'Camden', coordinates: { lat: 39.9412345, lng: -75.1298765 } };
      const resources: Resource[] = [
        hotline,
        { ...service, status: 'inactive' },
        {
          ...service,
          id: 'branches',
          slug: 'branches',
          attendance: ['in-person', 'online'],
          location: { ...place, precision: 'exact' },
          locations: [
            { ...place, precision: 'confidential' },
            { city: 'Nowhere', precision: 'approximate' },
          ],
        },
      ];
      for (const [i, resource] of resources.entries()) {
        await sql`
          INSERT INTO resources (id, kind, slug, name, status, circles, source, data, content_hash, version)
          VALUES (${resource.id}, ${resource.kind}, ${resource.slug}, ${resource.name}, ${resource.status},
            ${resource.circles}, 'test', ${JSON.stringify(resource)}::json, 'hash', ${i + 1})
        `.execute(storage.db);
      }
      expect(await migrate(storage.db)).toEqual([5]);
      const { rows } = await sql<{ id: string; outline: ResourceOutline; json: string }>`
        SELECT id, outline, data::text AS json FROM resources ORDER BY version
      `.execute(storage.db);
      expect(rows.map((row) => row.id)).toEqual(resources.map((r) => r.id));
      for (const [i, row] of rows.entries()) {
        const resource = resources[i] as Resource;
        const { locations: _sqlPlaces, ...fromSql } = row.outline;
        const { locations: _places, ...fromCore } = outlineOf(resource);
        expect(fromSql).toEqual(fromCore);
        // What the index files by is the same: its places (a confidential one snapped) and
        // whether it is joined remotely.
        const filed = createIndex([{ outline: row.outline, json: row.json }]).entry(resource.id);
        const parsed = createIndex([resource]).entry(resource.id);
        expect([filed?.points, filed?.remote, filed?.status]).toEqual([
          parsed?.points,
          parsed?.remote,
          parsed?.status,
        ]);
      }
      expect(rows[2]?.outline.locations).toHaveLength(2);
    } finally {
      await storage.close();
    }
  });
});
