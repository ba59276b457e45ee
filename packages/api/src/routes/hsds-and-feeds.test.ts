import { importMeetingGuide } from '@recovery-circles/core/formats';
import { fixturePath } from '@recovery-circles/fixtures';
import { createHsdsValidator } from '@recovery-circles/fixtures/hsds-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, freshStorage } from '../../test/backends.js';
import { type AppInstance, buildApp } from '../app.js';
import type { Storage } from '../db/database.js';
import { readSource } from '../imports/read-source.js';
import { runImport } from '../imports/run-import.js';

const validate = createHsdsValidator();
const HSDS_EXAMPLES = ['hsds', 'spec-3.0', 'examples'] as const;
/** The organization of the HSDS 3.0 examples. */
const EXAMPLE_ORG = 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610';

describe.each(BACKENDS)('HSDS read API and Meeting Guide feed on %s', (backend) => {
  let storage: Storage;
  let app: AppInstance;

  beforeAll(async () => {
    storage = await freshStorage(backend);
    app = await buildApp({ storage, followChangesMs: 0 });
    await runImport(storage.db, readSource(fixturePath('hsds', 'sample-data-hsds-1.1')));
    await runImport(
      storage.db,
      readSource(fixturePath('treatment', 'Opioid_Treatment_Directory_Geocoded.csv')),
    );
    await runImport(storage.db, readSource(fixturePath('meeting-guide', 'feeds', 'sussexaa.json')));
    // An organization and no services.
    await runImport(storage.db, readSource(fixturePath(...HSDS_EXAMPLES, 'organization_list.json')));
    await app.directory.refresh();
  });
  afterAll(async () => {
    await app.close();
    await storage.close();
  });

  const json = async (url: string) => {
    const response = await app.inject(url);
    expect(response.statusCode, url).toBe(200);
    return response.json();
  };
  const expectValid = (kind: Parameters<typeof validate>[0], document: unknown) => {
    const result = validate(kind, document);
    expect(result.errors).toEqual([]);
  };

  it('lists services as a valid HSDS page, and serves each one', async () => {
    const page = await json('/hsds/services?per_page=25&page=2');
    expect(page.page_number).toBe(2);
    expect(page.contents).toHaveLength(25);
    expectValid('service_list', page);
    const one = await json(`/hsds/services/${page.contents[0].id}`);
    expectValid('service', one);
    expect(one.name).toBe(page.contents[0].name);
  });

  it('searches services and filters by change date', async () => {
    const page = await json('/hsds/services?search=methadone&per_page=10');
    expectValid('service_list', page);
    const future = await json('/hsds/services?modified_after=2999-01-01');
    expect(future.total_items).toBe(0);
  });

  it('lists organizations with their services', async () => {
    const page = await json('/hsds/organizations?per_page=5');
    expect(page.total_items).toBeGreaterThan(0);
    expectValid('organization_list', page);
    const one = await json(`/hsds/organizations/${page.contents[0].id}`);
    expectValid('organization', one);
    expect(one.services.length).toBeGreaterThan(0);
  });

  it('lists stored organizations with what their records said, services or none', async () => {
    // One of the HSDS 1.1 package's organizations: its record's email, beside its services.
    const page = await json('/hsds/organizations?search=sanctuary&full=true');
    expectValid('organization_list', page);
    expect(page.contents).toEqual([
      expect.objectContaining({ name: 'Sanctuary Example City', email: 'sanctuary@example.com' }),
    ]);
    expect(page.contents[0].services.length).toBeGreaterThan(0);

    const all = await json('/hsds/organizations?per_page=500');
    expectValid('organization_list', all);
    const ids = all.contents.map((o: { id: string }) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(EXAMPLE_ORG);

    const alone = await json(`/hsds/organizations/${EXAMPLE_ORG}`);
    expectValid('organization', alone);
    expect(alone).toMatchObject({
      id: EXAMPLE_ORG,
      name: 'Example Organization Inc.',
      email: 'email@example.com',
      website: 'http://example.com',
      services: [],
    });
    expect(alone.description).toMatch(/^Example Org is a non-profit/);
  });

  it('nests the services of an organization imported with them under its stored record', async () => {
    await runImport(storage.db, readSource(fixturePath(...HSDS_EXAMPLES, 'organization_full.json')));
    await app.directory.refresh();
    const one = await json(`/hsds/organizations/${EXAMPLE_ORG}`);
    expectValid('organization', one);
    expect(one).toMatchObject({ name: 'Example Organization Inc.', email: 'email@example.com' });
    expect(one.services.map((s: { name: string }) => s.name)).toEqual(['Community Counselling']);
    expect(one.services[0].organization_id).toBe(EXAMPLE_ORG);
    const page = await json('/hsds/organizations?search=example%20organization&full_service=true');
    expectValid('organization_list', page);
    expect(page.total_items).toBe(1);
    expect(page.contents[0].services).toHaveLength(1);
  });

  it('finds services at locations near a postcode', async () => {
    const page = await json('/hsds/service_at_locations?postcode=19103&proximity=10000&per_page=50');
    expect(page.total_items).toBeGreaterThan(0);
    expectValid('service_at_location_list', page);
    const one = await json(`/hsds/service_at_locations/${page.contents[0].id}`);
    expectValid('service_at_location', one);
  });

  it('publishes the vocabularies as a taxonomy', async () => {
    const taxonomies = await json('/hsds/taxonomies');
    expectValid('taxonomy_list', taxonomies);
    const terms = await json('/hsds/taxonomy_terms?per_page=500');
    expectValid('taxonomy_term_list', terms);
    expect(terms.total_items).toBeGreaterThan(50);
  });

  it('streams NDJSON of valid services', async () => {
    const response = await app.inject('/hsds/services?format=ndjson');
    expect(response.headers['content-type']).toContain('application/x-ndjson');
    const lines = response.body.trim().split('\n');
    expect(lines.length).toBe(app.directory.index.size);
    for (const line of lines.slice(0, 50)) expectValid('service', JSON.parse(line));
  });

  it('refuses malformed ids and paging with 400, unknown ids with 404', async () => {
    expect((await app.inject('/hsds/services/not-a-uuid')).statusCode).toBe(400);
    expect((await app.inject('/hsds/services?per_page=0')).statusCode).toBe(400);
    expect((await app.inject('/hsds/services/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('opens the read API to every origin', async () => {
    const response = await app.inject('/hsds/services?per_page=1');
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });

  it('publishes a Meeting Guide feed that re-imports without loss', async () => {
    const feed = await json('/v1/feeds/meeting-guide.json');
    const meetings = app.directory.index.all().filter((r) => r.kind === 'meeting');
    const slots = meetings.reduce(
      (n, m) => n + (m.schedule?.type === 'weekly' ? m.schedule.slots.length : 1),
      0,
    );
    expect(feed).toHaveLength(slots);
    const again = importMeetingGuide(JSON.stringify(feed));
    expect(again.report.counts.skipped).toBe(0);
    expect(new Set(again.resources.map((r) => r.name))).toEqual(new Set(meetings.map((m) => m.name)));
  });
});
