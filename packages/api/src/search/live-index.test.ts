import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Resource, starterDirectory } from '@recovery-circles/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asciiJson } from '../db/ascii-json.js';
import { openStorage, type Storage } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { upsertResource, withWriteTransaction } from '../repositories/resources.js';
import { openLiveIndex, updateSnapshot } from './live-index.js';
import { readSnapshotFile, SNAPSHOT_FORMAT } from './snapshot.js';

/** The snapshot's records, each document parsed. */
async function savedSnapshot(file: string) {
  const saved = await readSnapshotFile(file);
  return { ...saved, resources: saved?.resources?.map(({ json }) => JSON.parse(json) as Resource) };
}

const save = (storage: Storage, resource: Resource) =>
  withWriteTransaction(storage.db, (trx) => upsertResource(trx, resource, { actor: 'test' }));

describe('the live index on the embedded database', () => {
  let dir: string;
  let storage: Storage;
  let snapshotFile: string;
  const programs = starterDirectory().slice(0, 5);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rc-live-'));
    storage = await openStorage({ kind: 'pglite', dataDir: join(dir, 'data') });
    await migrate(storage.db);
    for (const program of programs) await save(storage, program);
    snapshotFile = join(dir, 'data', 'search-snapshot.json-seq');
  });
  afterAll(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds from the database, keeps a snapshot when it stops, and restarts from it plus the changes since', async () => {
    const first = await openLiveIndex(storage.db, { pollMs: 0, snapshotFile });
    expect(first.fromSnapshot).toBe(false);
    expect(first.index.size).toBe(programs.length);
    await first.stop();
    const saved = await savedSnapshot(snapshotFile);
    expect(saved).toMatchObject({ format: SNAPSHOT_FORMAT, version: first.version });
    expect(saved.resources).toHaveLength(programs.length);

    // Written while no index was running: a rename and a retirement.
    const [renamed, retired] = programs as [Resource, Resource];
    await save(storage, { ...renamed, name: `${renamed.name} — “niños” ñ 😀 (renamed)` });
    await save(storage, { ...retired, status: 'inactive' });

    const second = await openLiveIndex(storage.db, { pollMs: 0, snapshotFile });
    expect(second.fromSnapshot).toBe(true);
    expect(second.index.get(renamed.id)?.name).toBe(`${renamed.name} — “niños” ñ 😀 (renamed)`);
    expect(second.index.has(retired.id)).toBe(false);
    expect(second.index.size).toBe(programs.length - 1);
    await second.stop();

    // The snapshot is ASCII, and every character comes back from it as it was.
    const bytes = readFileSync(snapshotFile);
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    const third = await openLiveIndex(storage.db, { pollMs: 0, snapshotFile });
    expect(third.fromSnapshot).toBe(true);
    expect(third.index.get(renamed.id)).toEqual(second.index.get(renamed.id));
    await third.stop();
  });

  it('holds the records it read as stored text, and parses them ahead once asked', async () => {
    for (const fromSnapshot of [true, false]) {
      const live = await openLiveIndex(storage.db, { pollMs: 0, ...(fromSnapshot ? { snapshotFile } : {}) });
      expect(live.fromSnapshot).toBe(fromSnapshot);
      const size = live.index.size;
      expect(live.index.parseStored(0)).toBe(size);
      await live.parseAhead();
      expect(live.index.parseStored(0)).toBe(0);
      await live.stop();
    }
  });

  it('brings the snapshot up to date for a process that wrote while no index ran (the import command)', async () => {
    const before = await savedSnapshot(snapshotFile);
    const [, , added] = programs as [Resource, Resource, Resource];
    await save(storage, { ...added, id: `${added.id}-copy`, slug: `${added.slug}-copy` });
    expect(await updateSnapshot(storage, join(dir, 'data'))).toEqual({ resources: programs.length });
    const after = await savedSnapshot(snapshotFile);
    expect(BigInt(after.version ?? 0)).toBeGreaterThan(BigInt(before.version ?? 0));
    expect(after.resources?.map((r) => r.id)).toContain(`${added.id}-copy`);
    const live = await openLiveIndex(storage.db, { pollMs: 0, snapshotFile });
    expect(live.fromSnapshot).toBe(true);
    expect(await live.refresh()).toBe(0);
    expect(live.index.has(`${added.id}-copy`)).toBe(true);
    await live.stop();
  });

  it('writes a document stored with raw characters (before migration 0004 wrote ASCII) as ASCII', async () => {
    const [first] = programs as [Resource];
    const { rows } = await sql<{ data: string }>`
      SELECT data::text AS data FROM resources WHERE id = ${first.id}
    `.execute(storage.db);
    const stored = JSON.parse(rows[0]?.data ?? 'null') as Resource;
    const name = `${stored.name} — “niños” ñ 😀`;
    // As jsonb's text kept it: the characters themselves, not escapes.
    await sql`UPDATE resources SET data = ${JSON.stringify({ ...stored, name })}::json WHERE id = ${first.id}`.execute(
      storage.db,
    );
    await updateSnapshot(storage, join(dir, 'data'));
    const bytes = readFileSync(snapshotFile);
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    const saved = await savedSnapshot(snapshotFile);
    expect(saved.resources?.find((r) => r.id === first.id)?.name).toBe(name);
  });

  it('says so when the snapshot cannot be written', async () => {
    const elsewhere = join(dir, 'elsewhere');
    // A folder where the file should be: it cannot be replaced.
    mkdirSync(join(elsewhere, 'search-snapshot.json-seq', 'in-the-way'), { recursive: true });
    await expect(updateSnapshot(storage, elsewhere)).rejects.toThrow();
    // Nothing half-written is left beside it.
    expect(readdirSync(elsewhere)).toEqual(['search-snapshot.json-seq']);
  });

  it('ignores a snapshot of another database, one ahead of this one, or a broken file', async () => {
    const good = readFileSync(snapshotFile, 'latin1');
    const end = good.lastIndexOf('\x1e');
    const records = good.slice(0, end);
    const trailer = JSON.parse(good.slice(end + 1));
    const withTrailer = (changes: object) => `${records}\x1e${JSON.stringify({ ...trailer, ...changes })}\n`;
    const pairs = records.split('\x1e');
    for (const bad of [
      withTrailer({ databaseId: '1' }),
      withTrailer({ version: '999999999' }),
      withTrailer({ format: 2 }),
      // Cut short: one record fewer than the trailer counts, or half of one.
      `${pairs.slice(0, -2).join('\x1e')}\x1e${good.slice(end + 1)}`,
      `${pairs.slice(0, -1).join('\x1e')}\x1e${good.slice(end + 1)}`,
      // Format 2: one JSON object.
      JSON.stringify({ ...trailer, format: 2, resources: [] }),
      'not json',
    ]) {
      writeFileSync(snapshotFile, bad, 'latin1');
      const live = await openLiveIndex(storage.db, { pollMs: 0, snapshotFile });
      expect(live.fromSnapshot).toBe(false);
      expect(live.index.size).toBe(programs.length);
      await live.stop();
    }
  });
});

describe('asciiJson', () => {
  it('writes JSON in ASCII that parses back to the same value', () => {
    const value = { name: 'Grupo de apoyo — “niños” ñ é 😀 \u2028 \u00a0', list: ['日本語', '\u007f', ''] };
    const text = asciiJson(value);
    expect([...text].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(JSON.parse(text)).toEqual(value);
  });
});
