import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importHsdsJson } from '@recovery-circles/core/formats';
import { fixturePath } from '@recovery-circles/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, freshStorage } from '../../test/backends.js';
import type { Storage } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { upsertResource, withWriteTransaction } from '../repositories/resources.js';
import { readSource, readWhole } from './read-source.js';
import { ImportError, runImport } from './run-import.js';
import { summaryLines } from './summary-text.js';

const otp = () => readSource(fixturePath('treatment', 'Opioid_Treatment_Directory_Geocoded.csv'));
const FEED = fixturePath('meeting-guide', 'feeds', 'sussexaa.json');
const hsdsExample = (name: string) => fixturePath('hsds', 'spec-3.0', 'examples', name);
/** The organization of the HSDS 3.0 examples, as imported. */
const EXAMPLE_ORG_ID = 'hsds-d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610';

describe('readSource', () => {
  it('streams a JSON list from disk, keeping only its first item to tell the format', () => {
    const source = readSource(FEED);
    expect(source).toMatchObject({ kind: 'path', name: 'sussexaa.json', path: FEED });
    if (source.kind !== 'path') return;
    expect(source.preview).toEqual([(JSON.parse(readFileSync(FEED, 'utf8')) as unknown[])[0]]);
  });

  it('previews a JSON object with each of its lists cut to the first item', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-preview-'));
    try {
      const file = join(dir, 'wrapped.json');
      const feed = JSON.parse(readFileSync(FEED, 'utf8')) as unknown[];
      writeFileSync(file, JSON.stringify({ meta: { name: 'Sussex' }, meetings: feed, empty: [] }));
      const source = readSource(file);
      expect(source).toMatchObject({ kind: 'path', name: 'wrapped.json' });
      if (source.kind !== 'path') return;
      expect(source.preview).toEqual({ meta: { name: 'Sussex' }, meetings: [feed[0]], empty: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads whole what is not JSON, or is JSON but neither a list nor an object', () => {
    expect(readSource(fixturePath('treatment', 'Opioid_Treatment_Directory_Geocoded.csv')).kind).toBe('file');
    const dir = mkdtempSync(join(tmpdir(), 'rc-whole-'));
    try {
      for (const [name, text] of [
        ['string.json', '"a feed"'],
        ['broken.json', '{"meetings": [{"name": "A"}'],
        ['empty-list.json', '[]'],
      ] as const) {
        writeFileSync(join(dir, name), text);
        expect(readSource(join(dir, name)).kind, name).toBe('file');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

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

  it('streams a Meeting Guide file with the summary of the whole-file import, in a dry run', async () => {
    const progress: [number, number][] = [];
    const streamed = await runImport(storage.db, readSource(FEED), {
      dryRun: true,
      onProgress: (done, total) => progress.push([done, total]),
    });
    const whole = await runImport(storage.db, readWhole(readSource(FEED)), { dryRun: true });
    const { batchId: _a, ...streamedRest } = streamed;
    const { batchId: _b, ...wholeRest } = whole;
    expect(streamedRest).toEqual(wholeRest);
    expect(streamed).toMatchObject({ format: 'meeting-guide', records: 123, added: 123, dryRun: true });
    expect(progress.at(-1)).toEqual([123, 123]);
    expect(await count(streamed.source)).toBe(0);
    expect(
      await storage.db
        .selectFrom('import_batches')
        .select('id')
        .where('file_name', '=', 'sussexaa.json')
        .execute(),
    ).toEqual([]);
  });

  it('streams a wrapped feed ({"meetings": [...]}) with the summary of the whole-file import', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-wrapped-import-'));
    try {
      const file = join(dir, 'sussex-wrapped.json');
      const feed = JSON.parse(readFileSync(FEED, 'utf8')) as unknown[];
      writeFileSync(file, JSON.stringify({ generated: '2026-11-01', meetings: feed }));
      const source = readSource(file);
      expect(source.kind).toBe('path');
      const streamed = await runImport(storage.db, source, { dryRun: true });
      const whole = await runImport(storage.db, readWhole(source), { dryRun: true });
      const { batchId: _a, ...streamedRest } = streamed;
      const { batchId: _b, ...wholeRest } = whole;
      expect(streamedRest).toEqual(wholeRest);
      expect(streamed).toMatchObject({ format: 'meeting-guide', records: 123, added: 123 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('streams a feed in, finds a re-import unchanged, and retires what a new version drops', async () => {
    const first = await runImport(storage.db, readSource(FEED));
    expect(first).toMatchObject({ added: 123, changed: 0, unchanged: 0, retired: 0 });
    expect(await count(first.source)).toBe(123);
    const batch = await storage.db
      .selectFrom('import_batches')
      .select(['source', 'status'])
      .where('id', '=', first.batchId)
      .executeTakeFirstOrThrow();
    expect(batch).toEqual({ source: first.source, status: 'committed' });

    expect(await runImport(storage.db, readSource(FEED))).toMatchObject({ added: 0, unchanged: 123 });

    const records = JSON.parse(readFileSync(FEED, 'utf8')) as Record<string, unknown>[];
    const dir = mkdtempSync(join(tmpdir(), 'rc-stream-import-'));
    const shorter = join(dir, 'sussexaa.json');
    writeFileSync(shorter, JSON.stringify([...records.slice(0, 60), ...records.slice(61)], null, 2));
    const second = await runImport(storage.db, readSource(shorter));
    expect(second).toMatchObject({ records: 122, unchanged: 122, retired: 1 });
    expect(await count(first.source)).toBe(122);
    rmSync(dir, { recursive: true, force: true });
  });

  it('rolls a streamed feed back when stopped part-way', async () => {
    const abort = new AbortController();
    const run = runImport(storage.db, readSource(FEED), {
      sourceName: 'stopped-stream',
      signal: abort.signal,
      onProgress: () => abort.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(ImportError);
    expect(await count('stopped-stream')).toBe(0);
  });

  it('refuses invalid.json with the line and column the whole-file import gives', async () => {
    const invalid = fixturePath('meeting-guide', 'feeds', 'invalid.json');
    const source = readSource(invalid);
    expect(source.kind).toBe('path');
    const whole = await runImport(storage.db, readWhole(source)).catch((error: Error) => error.message);
    expect(whole).toMatch(/\(line 80, column 3\)$/);
    await expect(runImport(storage.db, source)).rejects.toThrow(whole as string);
  });

  it('refuses a list that breaks off, with its line and column, and writes nothing', async () => {
    const text = readFileSync(FEED, 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'rc-stream-import-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, text.slice(0, Math.floor(text.length / 2)));
    const before = await storage.db.selectFrom('import_batches').select('id').execute();
    await expect(runImport(storage.db, readSource(broken))).rejects.toThrow(
      /^broken\.json: This file is not valid JSON: .+ \(line \d+, column \d+\)$/,
    );
    expect(await storage.db.selectFrom('import_batches').select('id').execute()).toEqual(before);
    rmSync(dir, { recursive: true, force: true });
  });
  const organizationRows = () =>
    storage.db
      .selectFrom('organizations')
      .select(['id', 'name', 'data'])
      .where('id', '=', EXAMPLE_ORG_ID)
      .execute();
  const organizationIdOf = async (source: string) =>
    (
      await storage.db
        .selectFrom('resources')
        .select('organization_id')
        .where('source', '=', source)
        .executeTakeFirstOrThrow()
    ).organization_id;

  it('reports the organizations of organization_list.json in a dry run, and writes nothing', async () => {
    const summary = await runImport(storage.db, readSource(hsdsExample('organization_list.json')), {
      dryRun: true,
    });
    expect(summary).toMatchObject({
      format: 'hsds',
      dryRun: true,
      records: 0,
      organizations: { records: 1, added: 1, changed: 0, unchanged: 0, skipped: 0 },
    });
    expect(await organizationRows()).toEqual([]);
    expect(
      await storage.db
        .selectFrom('import_batches')
        .select('id')
        .where('file_name', '=', 'organization_list.json')
        .execute(),
    ).toEqual([]);
  });

  it('rolls organizations back when stopped', async () => {
    const abort = new AbortController();
    abort.abort();
    const run = runImport(storage.db, readSource(hsdsExample('organization_full.json')), {
      signal: abort.signal,
    });
    await expect(run).rejects.toBeInstanceOf(ImportError);
    expect(await organizationRows()).toEqual([]);
  });

  it('imports the organizations of organization_list.json, saying so, and finds a re-import unchanged', async () => {
    // A service stored before its organization was: the import links it.
    const [service] = importHsdsJson(readFileSync(hsdsExample('service_full.json'), 'utf8'), {
      source: 'stored-before-its-organization',
    }).resources;
    if (!service) throw new Error('service_full.json holds a service');
    await withWriteTransaction(storage.db, (trx) => upsertResource(trx, service, { actor: 'test' }));
    expect(await organizationIdOf('stored-before-its-organization')).toBeNull();

    const first = await runImport(storage.db, readSource(hsdsExample('organization_list.json')));
    expect(first).toMatchObject({
      format: 'hsds',
      records: 0,
      added: 0,
      organizations: { records: 1, added: 1, changed: 0, unchanged: 0, skipped: 0 },
    });
    expect(await organizationRows()).toEqual([
      {
        id: EXAMPLE_ORG_ID,
        name: 'Example Organization Inc.',
        data: {
          id: EXAMPLE_ORG_ID,
          name: 'Example Organization Inc.',
          url: 'http://example.com',
          email: 'email@example.com',
          description:
            'Example Org is a non-profit organization dedicated to providing services to qualified beneficiaries',
        },
      },
    ]);
    expect(await organizationIdOf('stored-before-its-organization')).toBe(EXAMPLE_ORG_ID);
    const lines = summaryLines(first).join('\n');
    expect(lines).toContain('the file holds 1 organization and no services or other records');
    expect(lines).toContain('organizations added: 1  changed: 0  unchanged: 0  skipped: 0');
    expect(lines).not.toContain('records in file: 0');

    const again = await runImport(storage.db, readSource(hsdsExample('organization_list.json')));
    expect(again.organizations).toEqual({ records: 1, added: 0, changed: 0, unchanged: 1, skipped: 0 });
    expect(await organizationRows()).toHaveLength(1);
    const log = await storage.db
      .selectFrom('change_log')
      .select(['action', 'actor'])
      .where('entity_type', '=', 'organization')
      .where('entity_id', '=', EXAMPLE_ORG_ID)
      .execute();
    expect(log).toEqual([{ action: 'create', actor: 'import:hsds' }]);
  });

  it('imports organization_full.json: its organization, and its service linked to it', async () => {
    const first = await runImport(storage.db, readSource(hsdsExample('organization_full.json')));
    expect(first).toMatchObject({
      records: 1,
      added: 1,
      // The same organization as organization_list.json, by id: updated in place, not duplicated.
      organizations: { records: 1, added: 0, unchanged: 1 },
    });
    expect(await organizationRows()).toHaveLength(1);
    expect(await organizationIdOf(first.source)).toBe(EXAMPLE_ORG_ID);
    expect(summaryLines(first)).toContain('  records in file: 1');

    const again = await runImport(storage.db, readSource(hsdsExample('organization_full.json')));
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 1, organizations: { unchanged: 1 } });
  });

  it('keeps what a fuller record stored when a service names its organization in passing', async () => {
    const summary = await runImport(storage.db, {
      kind: 'file',
      name: 'named-in-passing.json',
      text: JSON.stringify({
        id: '7a3c52ea-5f56-4ba2-a5f4-46d0d2e9e2f1',
        name: 'Example Counselling',
        status: 'active',
        organization: { id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', name: 'Example Organization Inc.' },
      }),
    });
    expect(summary).toMatchObject({ added: 1, organizations: { records: 1, unchanged: 1 } });
    expect((await organizationRows())[0]?.data).toMatchObject({ email: 'email@example.com' });
    expect(await organizationIdOf(summary.source)).toBe(EXAMPLE_ORG_ID);
  });
});
