import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Resource, starterDirectory } from '@recovery-circles/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { upsertResource, withWriteTransaction } from '../repositories/resources.js';
import { openLiveIndex } from './live-index.js';

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
    snapshotFile = join(dir, 'data', 'search-snapshot.json');
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
    const saved = JSON.parse(readFileSync(snapshotFile, 'utf8'));
    expect(saved).toMatchObject({ format: 1, version: first.version });
    expect(saved.resources).toHaveLength(programs.length);

    // Written while no index was running: a rename and a retirement.
    const [renamed, retired] = programs as [Resource, Resource];
    await save(storage, { ...renamed, name: `${renamed.name} (renamed)` });
    await save(storage, { ...retired, status: 'inactive' });

    const second = await openLiveIndex(storage.db, { pollMs: 0, snapshotFile });
    expect(second.fromSnapshot).toBe(true);
    expect(second.index.get(renamed.id)?.name).toBe(`${renamed.name} (renamed)`);
    expect(second.index.has(retired.id)).toBe(false);
    expect(second.index.size).toBe(programs.length - 1);
    await second.stop();
  });

  it('ignores a snapshot of another database, one ahead of this one, or a broken file', async () => {
    const good = JSON.parse(readFileSync(snapshotFile, 'utf8'));
    for (const bad of [
      { ...good, databaseId: '1', resources: [] },
      { ...good, version: '999999999', resources: [] },
      'not json',
    ]) {
      writeFileSync(snapshotFile, typeof bad === 'string' ? bad : JSON.stringify(bad));
      const live = await openLiveIndex(storage.db, { pollMs: 0, snapshotFile });
      expect(live.fromSnapshot).toBe(false);
      expect(live.index.size).toBe(programs.length - 1);
      await live.stop();
    }
  });
});
