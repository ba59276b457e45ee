import { parseCsvTable } from '../csv/csv.js';
import { IssueLog, recordIssues } from '../csv/import-report.js';
import { hsdsObjectKind } from './import-json.js';
import {
  type HsdsImportOptions,
  type HsdsImportResult,
  importHsdsOrganization,
  importHsdsServiceObject,
} from './import-service.js';
import type { JsonObject } from './read.js';

type Row = Record<string, string>;

/** Which HSDS CSV layout a package uses. */
export type HsdsCsvVersion = '3.0' | '1.1';

/** Table name as a file base name: "services.csv" and "services" are the same table. */
function tableKey(name: string): string {
  return (name.split('/').pop() ?? name).replace(/\.csv$/i, '').toLowerCase();
}

/** Rows by a column's value, for the one-to-many joins of a data package. */
function groupBy(rows: readonly Row[], column: string): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const row of rows) {
    const key = row[column]?.trim();
    if (key === undefined || key === '') continue;
    out.set(key, [...(out.get(key) ?? []), row]);
  }
  return out;
}

const ISO_WEEKDAYS: Readonly<Record<string, string>> = {
  '1': 'MO',
  '2': 'TU',
  '3': 'WE',
  '4': 'TH',
  '5': 'FR',
  '6': 'SA',
  '7': 'SU',
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
};

/** A 1.1 regular_schedules row as a 3.0 schedule row; 1.1 weekdays are ISO 8601 (1 = Monday … 7 = Sunday) or names. */
function legacySchedule(row: Row): Row {
  const day = ISO_WEEKDAYS[(row.weekday ?? '').trim().toLowerCase()] ?? (row.weekday ?? '').trim();
  return { freq: 'WEEKLY', byday: day, opens_at: row.opens_at ?? '', closes_at: row.closes_at ?? '' };
}

/**
 * Imports an HSDS tabular data package from its CSV files: the 3.0 layout (services.csv,
 * service_at_location.csv, schedules.csv…) or the legacy 1.1 one (services_at_location.csv,
 * regular_schedules.csv, physical_addresses.csv…), told apart by its table names. `tables`
 * maps each file name (with or without ".csv") to its text, so a browser can pass files the
 * user picked. Never throws; issues carry the service's 0-based position in services.csv.
 */
export function importHsdsCsvPackage(
  tables: Readonly<Record<string, string>>,
  options: HsdsImportOptions = {},
): HsdsImportResult & { version: HsdsCsvVersion } {
  const log = new IssueLog();
  const read = new Map<string, Row[]>();
  for (const [name, text] of Object.entries(tables)) {
    const table = parseCsvTable(text);
    for (const problem of table.problems) {
      log.add({
        index: 0,
        field: name,
        severity: 'warning',
        code: 'csv-problem',
        reason: `line ${problem.line}: ${problem.message}`,
      });
    }
    read.set(tableKey(name), table.records);
  }
  const rows = (...names: string[]): Row[] => names.flatMap((name) => read.get(name) ?? []);
  const legacy = [
    'regular_schedules',
    'physical_addresses',
    'services_at_location',
    'accessibility_for_disabilities',
  ].some((name) => read.has(name));
  const version: HsdsCsvVersion = legacy ? '1.1' : '3.0';
  if (!read.has('services')) {
    log.add({
      index: 0,
      field: 'services.csv',
      severity: 'error',
      code: 'missing-table',
      reason: 'the package has no services table',
    });
  }

  const organizations = new Map<string, JsonObject>();
  for (const org of rows('organizations')) {
    const id = org.id?.trim();
    if (id !== undefined && id !== '')
      organizations.set(id, legacy ? { ...org, website: org.url ?? '' } : org);
  }

  const addresses = legacy
    ? [
        ...rows('physical_addresses').map((row) => ({ ...row, address_type: 'physical' })),
        ...rows('postal_addresses').map((row) => ({ ...row, address_type: 'postal' })),
      ]
    : rows('addresses');
  const addressesByLocation = groupBy(addresses, 'location_id');
  const accessibility = legacy
    ? rows('accessibility_for_disabilities').map((row) => ({ ...row, description: row.accessibility ?? '' }))
    : rows('accessibility');
  const accessibilityByLocation = groupBy(accessibility, 'location_id');
  const languages = legacy
    ? rows('languages').map((row) => ({ ...row, name: row.language ?? '' }))
    : rows('languages');
  const schedules = legacy
    ? rows('regular_schedules').map((row) => ({ ...row, ...legacySchedule(row) }))
    : rows('schedules');
  const phones = rows('phones');

  const byService = {
    phones: groupBy(phones, 'service_id'),
    schedules: groupBy(schedules, 'service_id'),
    languages: groupBy(languages, 'service_id'),
    costs: groupBy(rows('cost_options'), 'service_id'),
    payments: groupBy(rows('payments_accepted'), 'service_id'),
    attributes: groupBy(rows('attributes'), 'link_id'),
  };
  const bySal = {
    phones: groupBy(phones, 'service_at_location_id'),
    schedules: groupBy(schedules, 'service_at_location_id'),
  };
  const byLocation = {
    phones: groupBy(phones, 'location_id'),
    schedules: groupBy(schedules, 'location_id'),
    languages: groupBy(languages, 'location_id'),
  };
  const locations = new Map(rows('locations').map((row) => [row.id?.trim() ?? '', row]));
  const taxonomyTerms = new Map(rows('taxonomy_terms').map((row) => [row.id?.trim() ?? '', row]));
  const legacyTaxonomy = new Map(rows('taxonomy').map((row) => [row.id?.trim() ?? '', row]));
  const legacyServiceTaxonomy = groupBy(rows('services_taxonomy'), 'service_id');
  const placesByService = groupBy(
    rows(legacy ? 'services_at_location' : 'service_at_location'),
    'service_id',
  );

  const locationObject = (id: string): JsonObject | undefined => {
    const row = locations.get(id);
    if (row === undefined) return undefined;
    return {
      ...row,
      location_type: row.location_type || 'physical',
      addresses: addressesByLocation.get(id) ?? [],
      accessibility: accessibilityByLocation.get(id) ?? [],
      phones: (byLocation.phones.get(id) ?? []).filter((phone) => !phone.service_id),
      schedules: (byLocation.schedules.get(id) ?? []).filter((schedule) => !schedule.service_id),
      languages: (byLocation.languages.get(id) ?? []).filter((language) => !language.service_id),
    };
  };

  const resources: HsdsImportResult['resources'] = [];
  const orgsOut: HsdsImportResult['organizations'] = [];
  rows('services').forEach((service, index) => {
    const id = service.id?.trim() ?? '';
    const attributes: JsonObject[] = (byService.attributes.get(id) ?? []).map((attribute) => {
      const term = taxonomyTerms.get(attribute.taxonomy_term_id ?? '');
      return term === undefined ? attribute : { ...attribute, taxonomy_term: term };
    });
    for (const link of legacyServiceTaxonomy.get(id) ?? []) {
      const term = legacyTaxonomy.get(link.taxonomy_id ?? '');
      if (term !== undefined) {
        attributes.push({
          id: link.id,
          taxonomy_term: { name: term.name, taxonomy: term.vocabulary || 'taxonomy' },
        });
      }
    }
    const object: JsonObject = {
      ...service,
      phones: byService.phones.get(id) ?? [],
      schedules: (byService.schedules.get(id) ?? []).filter((schedule) => !schedule.service_at_location_id),
      languages: byService.languages.get(id) ?? [],
      cost_options: byService.costs.get(id) ?? [],
      payments_accepted: byService.payments.get(id) ?? [],
      attributes,
      service_at_locations: (placesByService.get(id) ?? []).map((place) => {
        const location = locationObject(place.location_id ?? '');
        const sal: JsonObject = {
          ...place,
          phones: bySal.phones.get(place.id ?? '') ?? [],
          schedules: bySal.schedules.get(place.id ?? '') ?? [],
        };
        return location === undefined ? sal : { ...sal, location };
      }),
    };
    if (hsdsObjectKind(object) !== 'service' && legacy) {
      // 1.1 services may leave status blank; they are listed, so take them as active.
      Object.assign(object, { status: 'active' });
    }
    const result = importHsdsServiceObject(object, index, log, options, organizations);
    if (result === undefined) return;
    resources.push(result.resource);
    if (result.organization !== undefined && !orgsOut.some((org) => org.id === result.organization?.id)) {
      orgsOut.push(result.organization);
    }
  });
  // Organizations with no service are still directory entries worth keeping.
  [...organizations.values()].forEach((org, index) => {
    const ours = importHsdsOrganization(org, recordIssues(log, index, String(org.id)), 'organizations.csv');
    if (ours !== undefined && !orgsOut.some((known) => known.id === ours.id)) orgsOut.push(ours);
  });
  return { version, resources, organizations: orgsOut, issues: log.issues };
}
