import { fixturePath } from '@recovery-circles/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, freshStorage } from '../../test/backends.js';
import type { Storage } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { readSource } from './read-source.js';
import { ImportError, runImport } from './run-import.js';

const otp = () => readSource(fixturePath('treatment', 'Opioid_Treatment_Directory_Geocoded.csv'));

describe.each(BACKENDS)('imports on %s', (backend) => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await freshStorage(backend);
    await migrate(storage.db);
  });
  afterAll(() => storage.close());

  const count = async (source: string) =>
    (
      await storage.db
        .selectFrom('resources')
        .select('id')
        .where('source', '=', source)
        .where('status', '=', 'active')
        .execute()
    ).length;

  it('reports a dry run and leaves the database as it was', async () => {
    const summary = await runImport(storage.db, otp(), { dryRun: true });
    expect(summary).toMatchObject({ format: 'samhsa', dryRun: true, records: 1831, added: 1831 });
    expect(await count('samhsa-otp-directory')).toBe(0);
    expect(await storage.db.selectFrom('import_batches').select('id').execute()).toEqual([]);
  });

  it('imports the real SAMHSA OTP directory, then finds a re-import unchanged', async () => {
    const first = await runImport(storage.db, otp());
    expect(first).toMatchObject({ format: 'samhsa', records: 1831, added: 1831, changed: 0, retired: 0 });
    expect(first.issues.filter((i) => i.code === 'zip-repaired')).toHaveLength(232);
    expect(await count('samhsa-otp-directory')).toBe(1831);
    const second = await runImport(storage.db, otp());
    expect(second).toMatchObject({ added: 0, changed: 0, unchanged: 1831, retired: 0 });
    const batches = await storage.db.selectFrom('import_batches').select(['status', 'file_hash']).execute();
    expect(batches.map((b) => b.status)).toEqual(['committed', 'committed']);
  });

  it('retires what a new version of the source no longer lists', async () => {
    const source = otp();
    if (source.kind !== 'file') throw new Error('expected a file');
    const lines = source.text.split('\n');
    const shorter = { ...source, text: [lines[0], ...lines.slice(2)].join('\n') };
    const summary = await runImport(storage.db, shorter);
    expect(summary).toMatchObject({ retired: 1, unchanged: 1830 });
    expect(await count('samhsa-otp-directory')).toBe(1830);
  });

  it('rolls everything back when stopped part-way', async () => {
    const abort = new AbortController();
    const versionBefore = await storage.db.selectFrom('change_log').select('id').execute();
    const run = runImport(storage.db, otp(), {
      sourceName: 'stopped-import',
      signal: abort.signal,
      onProgress: (done) => {
        if (done >= 500) abort.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ImportError);
    expect(await count('stopped-import')).toBe(0);
    expect(await storage.db.selectFrom('change_log').select('id').execute()).toHaveLength(
      versionBefore.length,
    );
  });

  it('imports the legacy HSDS 1.1 CSV package from its folder', async () => {
    const summary = await runImport(storage.db, readSource(fixturePath('hsds', 'sample-data-hsds-1.1')));
    expect(summary).toMatchObject({ format: 'hsds', added: 13 });
  });

  it('refuses a file it cannot read, with a message that says what to do', async () => {
    await expect(runImport(storage.db, { kind: 'file', name: 'notes.txt', text: 'hello' })).rejects.toThrow(
      /--format/,
    );
  });
});
