import { createHsdsValidator } from '@recovery-circles/fixtures/hsds-validator';
import { describe, expect, it } from 'vitest';
import { STARTER_DIRECTORY } from '../../directory/starter-directory.js';
import type { Resource } from '../../model/resource.js';
import {
  exportHsdsOrganization,
  exportHsdsService,
  exportHsdsServiceAtLocation,
  toHsdsPage,
} from './export.js';
import { importHsdsCsvPackage } from './import-csv.js';
import { importHsdsJson } from './import-json.js';
import { RECOVERY_CIRCLES_TAXONOMY, recoveryCirclesTaxonomyTerms } from './taxonomy.js';
import { readCsvTables, readExample } from './test-helpers.js';

const validate = createHsdsValidator();

const exampleMeeting: Resource = {
  kind: 'meeting',
  id: 'example-group-tuesday',
  slug: 'example-group-tuesday',
  name: 'Example Group',
  circles: ['peers'],
  serves: 'person-in-recovery',
  fellowship: 'AA',
  concerns: ['alcohol'],
  approaches: ['twelve-step'],
  audiences: ['women'],
  languages: ['en', 'es'],
  attendance: ['in-person'],
  location: {
    name: 'Example Hall',
    street: '1 Example Street',
    city: 'Example City',
    region: 'PA',
    postalCode: '00000',
    country: 'US',
    coordinates: { lat: 40, lng: -75 },
    precision: 'approximate',
  },
  schedule: {
    type: 'weekly',
    timeZone: 'America/New_York',
    slots: [
      { day: 2, start: '19:00', durationMinutes: 60 },
      { day: 4, start: '19:00', durationMinutes: 60 },
      { day: 6, start: '10:00', end: '11:30' },
    ],
    validFrom: '2025-01-01',
  },
  cost: ['donation'],
  accessibility: ['wheelchair'],
  contact: [{ type: 'email', address: 'group@example.org' }],
  provenance: { source: 'curator' },
  verification: { verifiedAt: '2025-03-01T12:00:00Z', verifiedBy: 'curator@example.org', method: 'email' },
  status: 'active',
  tags: [],
  meetingAccess: 'open',
  typeCodes: ['O'],
};

describe('HSDS 3.0 export', () => {
  it('exports every starter-directory resource as a valid service and service-at-location', () => {
    expect(STARTER_DIRECTORY.length).toBeGreaterThan(10);
    for (const resource of STARTER_DIRECTORY) {
      expect({ id: resource.id, ...validate('service', exportHsdsService(resource)) }).toEqual({
        id: resource.id,
        valid: true,
        errors: [],
      });
      for (const place of exportHsdsServiceAtLocation(resource)) {
        expect(validate('service_at_location', place).errors).toEqual([]);
      }
    }
  });

  it('writes weekly slots as RRULE rows, vocabulary as taxonomy attributes, verification and history', () => {
    const service = exportHsdsService(exampleMeeting, {
      history: [
        {
          resourceId: 'example-group-tuesday',
          at: '2025-02-01',
          action: 'update',
          field: 'name',
          previousValue: 'Example Group (old)',
          replacementValue: 'Example Group',
          updatedBy: 'curator',
        },
        {
          resourceId: 'another-record',
          at: '2025-02-01',
          action: 'update',
          field: 'name',
          previousValue: null,
          replacementValue: 'x',
          updatedBy: 'curator',
        },
      ],
    });
    expect(validate('service', service)).toEqual({ valid: true, errors: [] });
    expect(
      service.schedules?.map((row) => [row.freq, row.byday, row.opens_at, row.closes_at, row.valid_from]),
    ).toEqual([
      ['WEEKLY', 'TU,TH', '19:00', '20:00', '2025-01-01'],
      ['WEEKLY', 'SA', '10:00', '11:30', '2025-01-01'],
    ]);
    expect(service.schedules?.[0]?.notes).toBe('Times are local to America/New_York.');
    expect(service.assured_date).toBe('2025-03-01');
    expect(service.assurer_email).toBe('curator@example.org');
    expect(service.metadata).toHaveLength(1);
    expect(service.metadata?.[0]).toMatchObject({
      resource_type: 'service',
      resource_id: service.id,
      field_name: 'name',
      previous_value: 'Example Group (old)',
      replacement_value: 'Example Group',
      last_action_type: 'update',
    });
    const codes = service.attributes?.map((attribute) => attribute.taxonomy_term?.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'circles:peers',
        'concerns:alcohol',
        'approaches:twelve-step',
        'audiences:women',
      ]),
    );
    const location = service.service_at_locations?.[0]?.location;
    // Approximate places are published on a ~1 km grid, never at the exact point.
    expect(location?.latitude).not.toBe(40.0000001);
    expect(Math.abs((location?.latitude ?? 0) - 40)).toBeLessThan(0.01);
    expect(service.languages?.map((language) => [language.code, language.name])).toEqual([
      ['en', 'English'],
      ['es', 'Spanish'],
    ]);
  });

  it('keeps confidential places to their town', () => {
    const place = exampleMeeting.location;
    if (place === undefined) throw new Error('the example meeting has a location');
    const hidden: Resource = { ...exampleMeeting, location: { ...place, precision: 'confidential' } };
    const location = exportHsdsService(hidden).service_at_locations?.[0]?.location;
    expect(location?.addresses).toBeUndefined();
    expect(location?.latitude).toBeUndefined();
    expect(location?.name).toBeUndefined();
    expect(location?.description).toBe('Example City, PA, 00000');
  });

  it('is deterministic', () => {
    expect(exportHsdsService(exampleMeeting)).toEqual(exportHsdsService(exampleMeeting));
  });

  it('exports an imported organization with its description, website and email', () => {
    const [organization] = importHsdsJson(readExample('organization_list')).organizations;
    if (organization === undefined) throw new Error('the example lists an organization');
    const org = exportHsdsOrganization(organization);
    expect(validate('organization', org)).toEqual({ valid: true, errors: [] });
    expect(org).toMatchObject({
      id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
      name: 'Example Organization Inc.',
      email: 'email@example.com',
      website: 'http://example.com',
    });
    expect(org.description).toMatch(/^Example Org is a non-profit/);
  });

  it('exports organizations and paged lists that validate', () => {
    const imported = importHsdsCsvPackage(readCsvTables('hsds', 'sample-data-hsds-1.1'));
    const organization = imported.organizations[0];
    if (organization === undefined) throw new Error('the 1.1 package has organizations');
    const services = imported.resources.filter(
      (resource) => resource.kind === 'service' && resource.organizationId === organization.id,
    );
    const org = exportHsdsOrganization(organization, { services });
    expect(validate('organization', org)).toEqual({ valid: true, errors: [] });
    expect(org.services?.length).toBe(services.length);

    const all = imported.resources.map((resource) => exportHsdsService(resource));
    const page = toHsdsPage(all.slice(0, 5), { page: 1, perPage: 5, total: all.length });
    expect(page).toMatchObject({
      total_items: 13,
      total_pages: 3,
      page_number: 1,
      size: 5,
      first_page: true,
      last_page: false,
    });
    expect(validate('service_list', page)).toEqual({ valid: true, errors: [] });
    const last = toHsdsPage(all.slice(10), { page: 3, perPage: 5, total: all.length });
    expect(last).toMatchObject({ size: 3, last_page: true, first_page: false, empty: false });
    const orgPage = toHsdsPage(
      imported.organizations.map((o) => exportHsdsOrganization(o)),
      { page: 1, perPage: 20 },
    );
    expect(validate('organization_list', orgPage)).toEqual({ valid: true, errors: [] });
    const salPage = toHsdsPage(
      imported.resources.flatMap((resource) => exportHsdsServiceAtLocation(resource)),
      { page: 1, perPage: 50 },
    );
    expect(salPage.size).toBe(13);
    expect(validate('service_at_location_list', salPage)).toEqual({ valid: true, errors: [] });
  });

  it('publishes the vocabularies as a valid taxonomy', () => {
    expect(validate('taxonomy', RECOVERY_CIRCLES_TAXONOMY)).toEqual({ valid: true, errors: [] });
    const terms = recoveryCirclesTaxonomyTerms();
    expect(terms.find((term) => term.code === 'concerns:opioids')?.name).toBe('Opioids');
    expect(new Set(terms.map((term) => term.id)).size).toBe(terms.length);
    const page = toHsdsPage(terms, { page: 1, perPage: terms.length });
    expect(validate('taxonomy_term_list', page)).toEqual({ valid: true, errors: [] });
  });
});
