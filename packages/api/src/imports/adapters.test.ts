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
const ORUK_MOCKS = fixturePath('hsds', 'oruk-validator-mocks', 'V3.0-UK-Default');
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

  it.each(readdirSync(ORUK_MOCKS))('reads the UK validator mock %s as HSDS', (name) => {
    const source = readSource(join(ORUK_MOCKS, name));
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
    ['dashboard_services_response.json', 'NB, service, definitions, data'],
    ['dashboard_service_details_response.json', 'publisher, title, serviceUrl, isValid, lastTested, payload'],
  ])('refuses the UK validator dashboard answer %s, saying what it found and what imports', (name, keys) => {
    const source = readSource(join(ORUK_MOCKS, name));
    for (const read of [source, readWhole(source)]) {
      const converted = hsdsAdapter().convert(read, {});
      expect(converted.resources).toEqual([]);
      expect(converted.fatal).toBe(
        `found an Open Referral UK validator dashboard answer (${keys}), which lists feeds and how they ` +
          'validate and holds no services or organizations; circles imports a Meeting Guide feed (.json), ' +
          'Open Referral HSDS services, service_at_location records or organizations (.json, or a folder ' +
          'of HSDS CSV tables), a SAMHSA treatment directory file (.csv) or a curator spreadsheet (.csv)',
      );
    }
  });

  it.each([
    ['service_full.json', 1, 1],
    ['service_list.json', 1, 1],
    ['service_at_location_full.json', 1, 1],
    ['service_at_location_list.json', 1, 1],
    ['organization_full.json', 1, 1],
    // Organizations without services: the organizations are imported, with no resources.
    ['organization_list.json', 0, 1],
  ])('imports %s', (name, resources, organizations) => {
    const converted = hsdsAdapter().convert(readSource(join(HSDS_EXAMPLES, name)), {});
    expect(converted.fatal).toBeUndefined();
    expect(converted.resources).toHaveLength(resources);
    expect(converted.organizations).toHaveLength(organizations);
    expect(converted.organizationRecords).toBe(organizations);
  });

  it('imports the organizations of a list, with their description, website and email', () => {
    const converted = hsdsAdapter().convert(readSource(join(HSDS_EXAMPLES, 'organization_list.json')), {});
    expect(converted.organizations).toEqual([
      {
        id: 'hsds-d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
        name: 'Example Organization Inc.',
        url: 'http://example.com',
        email: 'email@example.com',
        description:
          'Example Org is a non-profit organization dedicated to providing services to qualified beneficiaries',
      },
    ]);
    const uk = hsdsAdapter().convert(readSource(join(ORUK_MOCKS, 'organization_list.json')), {});
    expect(uk.organizations).toHaveLength(10);
  });

  it('reports an organization it cannot read and leaves it out', () => {
    const converted = hsdsAdapter().convert(
      {
        kind: 'file',
        name: 'orgs.json',
        text: JSON.stringify([
          { id: 'org-1', name: 'Kept', tax_status: 'exempt' },
          { id: 'org-2', name: '   ', tax_status: 'exempt' },
        ]),
      },
      {},
    );
    expect(converted.organizations?.map((o) => o.id)).toEqual(['hsds-org-1']);
    expect(converted.issues).toContainEqual(
      expect.objectContaining({ index: 1, ref: 'org-2', code: 'invalid-organization' }),
    );
  });
});
