import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '@recovery-circles/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, freshStorage } from '../../test/backends.js';
import type { Storage } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { readSource, readWhole } from './read-source.js';
import { ImportError, runImport } from './run-import.js';

const otp = () => readSource(fixturePath('treatment', 'Opioid_Treatment_Directory_Geocoded.csv'));
const FEED = fixturePath('meeting-guide', 'feeds', 'sussexaa.json');

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
});
