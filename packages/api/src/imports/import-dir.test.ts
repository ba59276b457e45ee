import { fixturePath } from '@recovery-circles/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStorage } from '../../test/backends.js';
import type { Storage } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { importDirectory } from './import-dir.js';

const quiet = { info() {}, warn() {}, error() {} } as unknown as Parameters<typeof importDirectory>[2];

describe('IMPORT_DIR', () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await freshStorage('pglite');
    await migrate(storage.db);
  });
  afterAll(() => storage.close());

  it('imports the real SAMHSA folder, skips what is not data, and leaves unchanged files alone', async () => {
    const dir = fixturePath('treatment');
    const first = await importDirectory(storage.db, dir, quiet);
    expect(first.imported.sort()).toEqual(['Opioid_Treatment_Directory_Geocoded.csv', 'meth-2017.csv']);
    expect(first.failed).toEqual(['samhsa_service_code_key.json']);
    const providers = await storage.db
      .selectFrom('resources')
      .select('id')
      .where('kind', '=', 'provider')
      .execute();
    expect(providers.length).toBe(1831 + 1090);
    const second = await importDirectory(storage.db, dir, quiet);
    expect(second.imported).toEqual([]);
    expect(second.unchanged.sort()).toEqual(['Opioid_Treatment_Directory_Geocoded.csv', 'meth-2017.csv']);
  });
});
