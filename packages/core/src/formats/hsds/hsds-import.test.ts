import { createHsdsValidator } from '@recovery-circles/fixtures/hsds-validator';
import { describe, expect, it } from 'vitest';
import { exportHsdsService } from './export.js';
import { importHsdsCsvPackage } from './import-csv.js';
import { importHsdsJson } from './import-json.js';
import { readCsvTables, readExample } from './test-helpers.js';

const validate = createHsdsValidator();

describe('HSDS 3.0 JSON import', () => {
  it('imports the full service example with its organization, phones, schedule and place', () => {
    const { resources, organizations, issues } = importHsdsJson(readExample('service_full'));
    expect(resources).toHaveLength(1);
    const service = resources[0];
    if (service?.kind !== 'service') throw new Error('expected a service');
    expect(service.name).toBe('Community Counselling');
    expect(service.provenance.externalId).toBe('ac148810-d857-441c-9679-408f346de14b');
    expect(service.organizationName).toBe('Example Organization Inc.');
    expect(organizations.map((org) => org.name)).toEqual(['Example Organization Inc.']);
    expect(service.contact).toContainEqual(
      expect.objectContaining({ type: 'phone', number: '+44 1234 234567', extension: '100' }),
    );
    expect(service.schedule).toEqual({
      type: 'opening-hours',
      hours: [
        { day: 4, opens: '10:00', closes: '18:00' },
        { day: 5, opens: '10:00', closes: '18:00' },
      ],
      timeZone: 'Etc/GMT-3',
      validFrom: '2005-01-01',
      validTo: '2005-01-01',
    });
    expect(service.languages).toEqual(['ur']);
    expect(service.accessibility).toEqual(['wheelchair', 'hearing-loop']);
    expect(service.location?.city).toBe('MyCity');
    // The example's latitude 100 is off the planet: dropped and reported, the record kept.
    expect(service.location?.coordinates).toBeUndefined();
    expect(issues).toContainEqual(
      expect.objectContaining({
        index: 0,
        id: 'ac148810-d857-441c-9679-408f346de14b',
        field: 'service_at_locations[0].location.latitude',
        severity: 'warning',
        code: 'invalid-coordinates',
      }),
    );
    expect(issues.filter((issue) => issue.code === 'phone-repaired').length).toBeGreaterThan(0);
    expect(service.verification.verifiedAt).toBe('2005-01-01T00:00:00.000Z');
  });

  it('round-trips every official example: import, export, validate, same names, ids, phones and schedules', () => {
    for (const name of [
      'service_full',
      'service_list',
      'organization_full',
      'service_at_location_full',
      'service_at_location_list',
    ]) {
      const example = readExample(name);
      const { resources } = importHsdsJson(example);
      expect(resources.length).toBe(1);
      for (const resource of resources) {
        const exported = exportHsdsService(resource);
        expect({ name, ...validate('service', exported) }).toEqual({ name, valid: true, errors: [] });
        expect(exported.id).toBe('ac148810-d857-441c-9679-408f346de14b');
        expect(exported.name).toBe('Community Counselling');
        if (name === 'service_list' || name === 'service_at_location_list') continue;
        expect(exported.phones?.map((phone) => [phone.number, phone.extension])).toEqual([
          ['+44 1234 234567', 100],
        ]);
        expect(
          exported.schedules?.map((row) => [row.byday, row.opens_at, row.closes_at, row.valid_from]),
        ).toEqual([['TH,FR', '10:00', '18:00', '2005-01-01']]);
        expect(exported.service_at_locations?.[0]?.location?.id).toBe('3a19ff88-4620-4d17-9830-ac1d859eb5d5');
        // Re-importing the export gives back the same record; terms of other taxonomies
        // live only in `tags` and are not published under ours.
        expect(importHsdsJson(exported).resources[0]).toEqual({ ...resource, tags: [] });
      }
    }
  });

  it('imports organization lists and paged service lists', () => {
    const orgs = importHsdsJson(readExample('organization_list'));
    expect(orgs.resources).toHaveLength(0);
    expect(orgs.organizations).toEqual([
      {
        id: 'hsds-d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
        name: 'Example Organization Inc.',
        url: 'http://example.com',
        email: 'email@example.com',
        description:
          'Example Org is a non-profit organization dedicated to providing services to qualified beneficiaries',
      },
    ]);
  });

  it('never throws, and reports records it cannot keep', () => {
    const result = importHsdsJson({
      total_items: 3,
      page: 1,
      contents: [
        { id: 'a', status: 'active' },
        'not a record',
        { id: 'b', name: 'Example Service', status: 'closed' },
      ],
    });
    expect(result.resources.map((resource) => resource.name)).toEqual(['Example Service']);
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          index: 0,
          id: 'a',
          field: 'name',
          severity: 'error',
          code: 'missing-name',
        }),
        expect.objectContaining({ index: 1, severity: 'error', code: 'not-an-object' }),
        expect.objectContaining({ index: 2, field: 'status', code: 'unknown-status' }),
      ]),
    );
    expect(importHsdsJson('{not json').issues[0]?.code).toBe('invalid-json');
  });
});

describe('HSDS CSV data packages', () => {
  it('imports the 3.0 example data package', () => {
    const result = importHsdsCsvPackage(readCsvTables('hsds', 'spec-3.0', 'examples', 'csv'));
    expect(result.version).toBe('3.0');
    expect(result.resources).toHaveLength(1);
    expect(result.organizations).toHaveLength(1);
    const service = result.resources[0];
    expect(service?.name).toBe('Community Counselling');
    expect(service?.schedule).toMatchObject({ type: 'opening-hours', timeZone: 'Etc/GMT-3' });
    expect(service?.contact).toContainEqual(
      expect.objectContaining({ type: 'phone', number: '+44 1234 234567' }),
    );
    expect(service?.languages).toEqual(['ur']);
    expect(service?.cost).toEqual([]);
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    for (const resource of result.resources)
      expect(validate('service', exportHsdsService(resource)).valid).toBe(true);
  });

  it('imports the legacy 1.1 sample package', () => {
    const result = importHsdsCsvPackage(readCsvTables('hsds', 'sample-data-hsds-1.1'));
    expect(result.version).toBe('1.1');
    expect(result.resources).toHaveLength(13);
    expect(result.organizations).toHaveLength(10);
    const helpline = result.resources.find((resource) => resource.name === 'Never Homeless Helpline');
    expect(helpline?.languages).toEqual(['en', 'es']);
    expect(helpline?.cost).toEqual(['self-pay']);
    expect(helpline?.location).toMatchObject({ city: 'New York City', region: 'NY', postalCode: '10001' });
    expect(helpline?.schedule).toMatchObject({ type: 'opening-hours', timeZone: 'UTC' });
    expect(result.issues).toContainEqual(expect.objectContaining({ index: 0, code: 'missing-time-zone' }));
    const withCoordinates = result.resources.filter(
      (resource) => resource.location?.coordinates !== undefined,
    );
    expect(withCoordinates.length).toBeGreaterThan(0);
  });

  it('uses the time zone it is given for packages that have none', () => {
    const result = importHsdsCsvPackage(readCsvTables('hsds', 'sample-data-hsds-1.1'), {
      timeZone: 'America/New_York',
      source: 'example-publisher',
    });
    expect(result.resources[0]?.schedule).toMatchObject({ timeZone: 'America/New_York' });
    expect(result.resources[0]?.provenance.source).toBe('example-publisher');
    expect(result.issues.some((issue) => issue.code === 'missing-time-zone')).toBe(false);
  });
});
