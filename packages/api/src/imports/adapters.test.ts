import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '@recovery-circles/fixtures';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from './adapters.js';
import { readSource, readWhole } from './read-source.js';
import type { ImportSource } from './types.js';

/*
 * `--format auto` on the real files, without a database: each adapter's `detect` on the
 * source as the import reads it (a JSON file on disk is previewed, then streamed) and read whole.
 */

const HSDS_EXAMPLES = fixturePath('hsds', 'spec-3.0', 'examples');
const FEEDS = fixturePath('meeting-guide', 'feeds');

function detected(source: ImportSource): string | undefined {
  return ADAPTERS.find((adapter) => adapter.detect(source))?.format;
}

function hsdsAdapter() {
  const adapter = ADAPTERS.find((candidate) => candidate.format === 'hsds');
  if (!adapter) throw new Error('no HSDS adapter');
  return adapter;
}

const IMPORTABLE = /an HSDS import reads services, service_at_location records and organizations/;

describe('--format auto', () => {
  it.each(readdirSync(HSDS_EXAMPLES))('reads the HSDS 3.0 example %s as HSDS', (name) => {
    const source = readSource(join(HSDS_EXAMPLES, name));
    expect(detected(source)).toBe('hsds');
    expect(detected(readWhole(source))).toBe('hsds');
  });

  it.each(readdirSync(FEEDS))('reads the feed %s as Meeting Guide', (name) => {
    const source = readSource(join(FEEDS, name));
    expect(detected(source)).toBe('meeting-guide');
    expect(detected(readWhole(source))).toBe('meeting-guide');
  });

  it('tells a wrapped feed, and a list of HSDS services, by their records', () => {
    const feed = JSON.parse(readFileSync(join(FEEDS, 'sussexaa.json'), 'utf8')) as unknown[];
    const service = JSON.parse(readFileSync(join(HSDS_EXAMPLES, 'service_full.json'), 'utf8')) as unknown;
    const dir = mkdtempSync(join(tmpdir(), 'rc-detect-'));
    try {
      for (const [name, value, format] of [
        ['wrapped.json', { status: 'ok', meetings: feed }, 'meeting-guide'],
        ['paged-meetings.json', { total_items: feed.length, contents: feed }, 'meeting-guide'],
        ['services.json', [service, service], 'hsds'],
        ['empty-page.json', { total_items: 0, page_number: 1, contents: [] }, 'hsds'],
      ] as const) {
        writeFileSync(join(dir, name), JSON.stringify(value));
        const source = readSource(join(dir, name));
        expect(detected(source), name).toBe(format);
        expect(detected(readWhole(source)), name).toBe(format);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the HSDS adapter', () => {
  it.each([
    ['location.json', /^found one HSDS location, which cannot be imported as resources; /],
    ['taxonomy.json', /^found one HSDS taxonomy, which cannot be imported as resources; /],
    ['taxonomy_term.json', /^found one HSDS taxonomy term, which cannot be imported as resources; /],
    ['taxonomy_list.json', /^found a paged list of HSDS taxonomies, which cannot be imported as resources; /],
    ['taxonomy_term_list.json', /^found a paged list of HSDS taxonomy terms, which cannot /],
    [
      'base.json',
      /^found the HSDS API's root document \(version, profile, openapi_url\), which holds no records; /,
    ],
    ['tabular.json', /^found HSDS tables written as JSON/],
  ])('refuses %s, saying what it found and what it can import', (name, message) => {
    const converted = hsdsAdapter().convert(readSource(join(HSDS_EXAMPLES, name)), {});
    expect(converted.resources).toEqual([]);
    expect(converted.fatal).toMatch(message);
    expect(converted.fatal).toMatch(IMPORTABLE);
  });

  it.each([
    ['service_full.json', 1],
    ['service_list.json', 1],
    ['service_at_location_full.json', 1],
    ['service_at_location_list.json', 1],
    ['organization_full.json', 1],
    // Organizations without services: read, with nothing to import.
    ['organization_list.json', 0],
  ])('imports %s', (name, resources) => {
    const converted = hsdsAdapter().convert(readSource(join(HSDS_EXAMPLES, name)), {});
    expect(converted.fatal).toBeUndefined();
    expect(converted.resources).toHaveLength(resources);
  });
});
