import { CRISIS_LINES, STARTER_DIRECTORY } from '@recovery-circles/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, freshStorage } from '../../test/backends.js';
import type { Storage } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { loadStarterData } from './starter.js';

describe.each(BACKENDS)('starter data on %s', (backend) => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await freshStorage(backend);
    await migrate(storage.db);
  });
  afterAll(() => storage.close());

  const changes = async () =>
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM change_log`.execute(storage.db)).rows[0]?.n;

  it('writes every line and program on the first start', async () => {
    expect(await loadStarterData(storage.db)).toEqual({
      crisisLines: CRISIS_LINES.length,
      resources: STARTER_DIRECTORY.length,
    });
    expect(await changes()).toBe(STARTER_DIRECTORY.length);
  });

  it('changes nothing on the next start', async () => {
    const before = await changes();
    expect(await loadStarterData(storage.db)).toEqual({ crisisLines: CRISIS_LINES.length, resources: 0 });
    expect(await changes()).toBe(before);
  });

  it('writes again a record whose stored facts differ from the ones core ships, and only it', async () => {
    const [first] = STARTER_DIRECTORY;
    if (!first) throw new Error('the starter directory is empty');
    const before = await changes();
    // As if an older version of core had written it: its stored facts are not the current ones.
    await sql`UPDATE resources SET content_hash = 'older facts' WHERE external_id = ${first.provenance.externalId ?? first.id}`.execute(
      storage.db,
    );
    expect(await loadStarterData(storage.db)).toEqual({ crisisLines: CRISIS_LINES.length, resources: 1 });
    expect(await changes()).toBe((before ?? 0) + 1);
  });
});
