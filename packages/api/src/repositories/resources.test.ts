import { outlineOf, type Resource, starterDirectory } from '@recovery-circles/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, freshStorage } from '../../test/backends.js';
import type { Storage } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import {
  latestVersion,
  readStoredResources,
  resourcesChangedSince,
  retireMissing,
  upsertResource,
  withWriteTransaction,
} from './resources.js';

function program(id: string): Resource {
  const found = starterDirectory().find((r) => r.id === id);
  if (!found) throw new Error(`no starter record ${id}`);
  return found;
}

describe.each(BACKENDS)('resource storage on %s', (backend) => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await freshStorage(backend);
    await migrate(storage.db);
  });
  afterAll(() => storage.close());

  it('adds, then finds the same facts unchanged, then records a real change with before and after', async () => {
    const alAnon = program('national-al-anon');
    expect(
      await withWriteTransaction(storage.db, (trx) => upsertResource(trx, alAnon, { actor: 'test' })),
    ).toBe('added');
    expect(
      await withWriteTransaction(storage.db, (trx) => upsertResource(trx, alAnon, { actor: 'test' })),
    ).toBe('unchanged');
    const renamed = { ...alAnon, name: `${alAnon.name} (renamed)` };
    expect(
      await withWriteTransaction(storage.db, (trx) => upsertResource(trx, renamed, { actor: 'curator-1' })),
    ).toBe('changed');

    const log = await storage.db
      .selectFrom('change_log')
      .select(['action', 'actor', 'before', 'after'])
      .where('entity_id', '=', alAnon.id)
      .orderBy('id')
      .execute();
    expect(log.map((l) => [l.action, l.actor])).toEqual([
      ['create', 'test'],
      ['update', 'curator-1'],
    ]);
    expect(log[1]?.before).toMatchObject({ name: alAnon.name });
    expect(log[1]?.after).toMatchObject({ name: renamed.name });
  });

  it('matches a re-import by source and external id instead of duplicating', async () => {
    const base = program('national-smart-recovery');
    const smart = { ...base, provenance: { ...base.provenance, externalId: 'feed-record-7' } };
    expect(
      await withWriteTransaction(storage.db, (trx) => upsertResource(trx, smart, { actor: 'test' })),
    ).toBe('added');
    const again = { ...smart, id: 'another-id', description: 'Updated by the source.' };
    expect(
      await withWriteTransaction(storage.db, (trx) => upsertResource(trx, again, { actor: 'test' })),
    ).toBe('changed');
    const rows = await storage.db
      .selectFrom('resources')
      .select('id')
      .where('source', '=', smart.provenance.source)
      .execute();
    expect(rows.map((r) => r.id)).toEqual([smart.id]);
  });

  it('retires what a source no longer lists, and the change feed shows it', async () => {
    const before = await latestVersion(storage.db);
    const retired = await withWriteTransaction(storage.db, (trx) =>
      retireMissing(trx, 'al-anon.org', new Set(), { actor: 'import:test' }),
    );
    expect(retired).toBe(1);
    const changes = await resourcesChangedSince(storage.db, before);
    expect(changes.map((c) => [c.resource.id, c.resource.status])).toEqual([
      ['national-al-anon', 'inactive'],
    ]);
    expect(BigInt(await latestVersion(storage.db))).toBeGreaterThan(BigInt(before));
  });

  it('reads every stored resource in ranges of the table, with the highest version', async () => {
    // The whole starter directory: enough records for several pages of the table.
    await withWriteTransaction(storage.db, async (trx) => {
      for (const resource of starterDirectory()) await upsertResource(trx, resource, { actor: 'test' });
    });
    const stored = await sql<{
      id: string;
      data: Resource;
    }>`SELECT id, data FROM resources ORDER BY id`.execute(storage.db);
    expect(stored.rows.length).toBeGreaterThan(2);
    // One page of the table at a time: a range for each page that holds records.
    const pages = await sql<{ pages: number }>`
      SELECT count(DISTINCT (ctid::text::point)[0])::int AS pages FROM resources
    `.execute(storage.db);
    // Query by query through node-postgres, and (the embedded database) read ahead on its thread.
    const readers = storage.readAhead ? [undefined, storage.readAhead] : [undefined];
    for (const readAhead of readers) {
      const batches: number[] = [];
      const read: Resource[] = [];
      const version = await readStoredResources(
        storage.db,
        (resources) => {
          batches.push(resources.length);
          for (const { outline, json } of resources) {
            const resource = JSON.parse(json) as Resource;
            // Each outline is its document's, as core would work it out.
            expect(outline).toEqual(outlineOf(resource));
            read.push(resource);
          }
        },
        { blocks: 1, readAhead },
      );
      expect(version).toBe(await latestVersion(storage.db));
      expect(batches.length).toBe(pages.rows[0]?.pages);
      expect(batches.length).toBeGreaterThan(1);
      expect(batches.every((size) => size > 0)).toBe(true);
      // The stored document comes back as written, whatever the column type.
      expect(read.map((r) => r.id).sort()).toEqual(stored.rows.map((r) => r.id));
      expect(read.find((r) => r.id === 'hotline-988-lifeline')).toEqual(
        stored.rows.find((r) => r.id === 'hotline-988-lifeline')?.data,
      );
    }
    expect(readers.length).toBe(backend === 'pglite' ? 2 : 1);
  });

  it('stores each document as ASCII JSON that reads back as written', async () => {
    const named = { ...program('national-al-anon'), name: 'Al-Anon — “Grupo Esperanza” niños 😀' };
    await withWriteTransaction(storage.db, (trx) => upsertResource(trx, named, { actor: 'test' }));
    const { rows } = await sql<{ text: string; data: Resource }>`
      SELECT data::text AS text, data FROM resources WHERE id = ${named.id}
    `.execute(storage.db);
    expect([...(rows[0]?.text ?? 'ñ')].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(rows[0]?.data.name).toBe(named.name);
  });

  it('keeps the change log append-only', async () => {
    await expect(sql`UPDATE change_log SET actor = 'someone else'`.execute(storage.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM change_log`.execute(storage.db)).rejects.toThrow(/append-only/);
  });
});
