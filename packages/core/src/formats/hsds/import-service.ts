import { normalizeZip } from '../../geo-us/zip-code.js';
import type { ContactChannel } from '../../model/contact.js';
import type { Location } from '../../model/location.js';
import { type Organization, OrganizationSchema } from '../../model/organization.js';
import { PhoneNumberSchema, WebUrlSchema } from '../../model/primitives.js';
import { type Resource, ResourceSchema } from '../../model/resource.js';
import type { Circle } from '../../vocab/circles.js';
import type { Serves } from '../../vocab/serves.js';
import { VOCABULARIES } from '../../vocab/vocabularies.js';
import { type ImportIssue, type IssueLog, type RecordIssues, recordIssues } from '../csv/import-report.js';
import { importHsdsSchedules } from './import-schedule.js';
import { languageTag } from './language-names.js';
import {
  isObject,
  type JsonObject,
  readNumber,
  readObject,
  readObjects,
  readString,
  toIdPart,
} from './read.js';
import { parseTaxonomyTermCode, RECOVERY_CIRCLES_TAXONOMY_NAME } from './taxonomy.js';

/** Options of the HSDS importers. */
export interface HsdsImportOptions {
  /** Provenance `source` of every record, e.g. the publisher's name; "hsds" when not given. */
  readonly source?: string;
  readonly sourceUrl?: string;
  /** IANA zone for schedules that give none (HSDS has only numeric offsets). */
  readonly timeZone?: string;
  /** ISO date-time stamped as `provenance.importedAt`. */
  readonly importedAt?: string;
  readonly importBatchId?: string;
  /** Circles of records whose attributes do not say; `["professionals"]` when not given. */
  readonly circles?: readonly [Circle, ...Circle[]];
  /** Who records serve when their attributes do not say; "person-in-recovery" when not given. */
  readonly serves?: Serves;
}

/** What an HSDS import produced. */
export interface HsdsImportResult {
  readonly resources: Resource[];
  readonly organizations: Organization[];
  readonly issues: ImportIssue[];
}

/** Our id of an HSDS record: "hsds-" and its source id made URL-safe. */
export function hsdsResourceId(sourceId: string): string {
  return `hsds-${toIdPart(sourceId, 110) || 'record'}`;
}

/** An HSDS organization as ours; undefined (and reported) when it has no name. */
export function importHsdsOrganization(
  org: JsonObject,
  issues: RecordIssues,
  path: string,
): Organization | undefined {
  const id = readString(org, 'id');
  const name = readString(org, 'name');
  if (id === undefined || name === undefined) {
    issues.warning(path, 'invalid-organization', 'the organization has no id or name and is left out');
    return undefined;
  }
  const out: Organization = { id: hsdsResourceId(id), name };
  const website = readString(org, 'website') ?? readString(org, 'url');
  if (website !== undefined) {
    if (WebUrlSchema.safeParse(website).success) out.url = website;
    else issues.warning(`${path}.website`, 'invalid-url', `"${website}" is not an http(s) address`);
  }
  const email = readString(org, 'email');
  if (email !== undefined) {
    if (OrganizationSchema.shape.email.safeParse(email).success) out.email = email;
    else issues.warning(`${path}.email`, 'invalid-email', `"${email}" is not an email address`);
  }
  const description = readString(org, 'description');
  if (description !== undefined) out.description = description;
  return out;
}

function phoneChannel(phone: JsonObject, path: string, issues: RecordIssues): ContactChannel | undefined {
  const raw = readString(phone, 'number');
  if (raw === undefined) {
    issues.warning(`${path}.number`, 'missing-phone-number', 'the phone has no number');
    return undefined;
  }
  let number = raw;
  // Some publishers (the HSDS examples among them) wrap numbers in literal quotes.
  if (/^["'].*["']$/.test(number)) {
    number = number.slice(1, -1).trim();
    issues.info(`${path}.number`, 'phone-repaired', `quotes around "${number}" were removed`);
  }
  if (!PhoneNumberSchema.safeParse(number).success) {
    issues.warning(`${path}.number`, 'invalid-phone-number', `"${raw}" is not a phone number`);
    return undefined;
  }
  const type = readString(phone, 'type')?.toLowerCase();
  if (type === 'fax') {
    issues.info(`${path}.type`, 'fax-skipped', 'fax numbers are not contact channels and are left out');
    return undefined;
  }
  const label = readString(phone, 'description');
  if (type === 'text' || type === 'sms') {
    return label === undefined ? { type: 'text', number } : { type: 'text', number, label };
  }
  const channel: ContactChannel = { type: 'phone', number };
  const extension = readString(phone, 'extension');
  if (extension !== undefined) {
    if (/^[0-9]{1,8}$/.test(extension)) channel.extension = extension;
    else
      issues.warning(
        `${path}.extension`,
        'invalid-extension',
        `"${extension}" is not an extension of 1–8 digits`,
      );
  }
  if (label !== undefined) channel.label = label;
  return channel;
}

function importLocation(location: JsonObject, path: string, issues: RecordIssues): Location | undefined {
  const out: Location = { precision: 'exact' };
  const id = readString(location, 'id');
  if (id !== undefined) out.id = id;
  const name = readString(location, 'name');
  if (name !== undefined) out.name = name;
  const transportation = readString(location, 'transportation');
  if (transportation !== undefined) out.notes = transportation;
  const addresses = readObjects(location, 'addresses');
  const address =
    addresses.find((candidate) => readString(candidate, 'address_type') === 'physical') ?? addresses[0];
  if (address !== undefined) {
    const street = [readString(address, 'address_1'), readString(address, 'address_2')]
      .filter(Boolean)
      .join(', ');
    if (street !== '') out.street = street;
    const city = readString(address, 'city');
    if (city !== undefined) out.city = city;
    const region = readString(address, 'state_province') ?? readString(address, 'region');
    if (region !== undefined) out.region = region;
    const country = readString(address, 'country')?.toUpperCase();
    if (country !== undefined) {
      if (/^[A-Z]{2}$/.test(country)) out.country = country;
      else
        issues.warning(
          `${path}.addresses.country`,
          'invalid-country',
          `"${country}" is not a two-letter country code`,
        );
    }
    const postal = readString(address, 'postal_code');
    if (postal !== undefined) {
      const zip = country === undefined || country === 'US' ? normalizeZip(postal) : undefined;
      if (zip !== undefined) {
        out.postalCode = zip.plus4 === undefined ? zip.zip : `${zip.zip}-${zip.plus4}`;
        if (zip.repaired)
          issues.info(
            `${path}.addresses.postal_code`,
            'zip-repaired',
            `ZIP "${postal}" had lost its leading zeros`,
          );
      } else if (postal.length <= 16) out.postalCode = postal;
      else
        issues.warning(
          `${path}.addresses.postal_code`,
          'invalid-postal-code',
          `"${postal}" is too long for a postal code`,
        );
    }
  }
  const lat = readNumber(location, 'latitude');
  const lng = readNumber(location, 'longitude');
  if (lat !== undefined && lng !== undefined) {
    if (lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180 && !(lat === 0 && lng === 0)) {
      out.coordinates = { lat, lng };
    } else {
      issues.warning(
        `${path}.latitude`,
        'invalid-coordinates',
        `(${lat}, ${lng}) is not a point on Earth; left out`,
      );
    }
  }
  const hasPlace =
    out.street !== undefined ||
    out.city !== undefined ||
    out.coordinates !== undefined ||
    out.name !== undefined;
  return hasPlace ? out : undefined;
}

const ACCESSIBILITY_WORDS: readonly [RegExp, string][] = [
  [/wheelchair|step[- ]free|ramp|disabled access/i, 'wheelchair'],
  [/accessible (rest|bath|toilet)/i, 'accessible-restroom'],
  [/induction loop|hearing loop|t-coil/i, 'hearing-loop'],
  [/\basl\b|sign language/i, 'asl'],
  [/\btty\b/i, 'tty'],
  [/childcare|child care|creche/i, 'childcare'],
];

const COST_WORDS: readonly [RegExp, string][] = [
  [/\bfree\b|no charge|no cost/i, 'free'],
  [/donation/i, 'donation'],
  [/sliding/i, 'sliding-scale'],
  [/medicaid/i, 'medicaid'],
  [/medicare/i, 'medicare'],
  [/private insurance|health insurance|insurance accepted/i, 'private-insurance'],
  [/\bcash\b|credit card|check|self[- ]pay/i, 'self-pay'],
];

function addUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

interface Vocab {
  circles: string[];
  serves: string[];
  concerns: string[];
  approaches: string[];
  audiences: string[];
  attendance: string[];
  costs: string[];
  accessibility: string[];
  tags: string[];
}

function readAttributes(
  attributes: readonly JsonObject[],
  vocab: Vocab,
  path: string,
  issues: RecordIssues,
): void {
  attributes.forEach((attribute, index) => {
    const term = readObject(attribute, 'taxonomy_term');
    const code = (term && readString(term, 'code')) ?? readString(attribute, 'value');
    const taxonomy = term === undefined ? undefined : readString(term, 'taxonomy');
    const ours = code === undefined ? undefined : parseTaxonomyTermCode(code);
    if (ours !== undefined && (taxonomy === undefined || taxonomy === RECOVERY_CIRCLES_TAXONOMY_NAME)) {
      const terms: readonly { id: string }[] = VOCABULARIES[ours.vocabulary];
      if (!terms.some((t) => t.id === ours.termId)) {
        issues.warning(
          `${path}[${index}]`,
          'unknown-term',
          `"${code}" is not a term of our ${ours.vocabulary} vocabulary`,
        );
        return;
      }
      const key =
        ours.vocabulary === 'levelsOfCare' || ours.vocabulary === 'medications' ? 'tags' : ours.vocabulary;
      addUnique(vocab[key], key === 'tags' ? `${ours.vocabulary}:${ours.termId}` : ours.termId);
      return;
    }
    const name =
      (term && (readString(term, 'name') ?? readString(term, 'code'))) ?? readString(attribute, 'value');
    if (name !== undefined) addUnique(vocab.tags, `${taxonomy ?? 'attribute'}:${name}`.slice(0, 120));
  });
}

/**
 * One HSDS 3.0 service object (nested as `/services/{id}` returns it) as our `service`
 * resource. Returns undefined, with the reasons in `log`, when the record cannot be kept.
 */
export function importHsdsServiceObject(
  service: JsonObject,
  index: number,
  log: IssueLog,
  options: HsdsImportOptions,
  organizations: ReadonlyMap<string, JsonObject> = new Map(),
): { resource: Resource; organization?: Organization } | undefined {
  const sourceId = readString(service, 'id');
  const issues = recordIssues(log, index, sourceId);
  const name = readString(service, 'name');
  if (name === undefined) {
    issues.error('name', 'missing-name', 'the service has no name and is left out');
    return undefined;
  }
  if (sourceId === undefined)
    issues.warning('id', 'missing-id', 'the service has no id; one is made from its name');
  const id =
    sourceId === undefined ? hsdsResourceId(`${toIdPart(name, 80)}-${index}`) : hsdsResourceId(sourceId);
  const vocab: Vocab = {
    circles: [],
    serves: [],
    concerns: [],
    approaches: [],
    audiences: [],
    attendance: [],
    costs: [],
    accessibility: [],
    tags: [],
  };
  const contact: ContactChannel[] = [];
  const addChannel = (channel: ContactChannel | undefined): void => {
    if (channel === undefined) return;
    const key = JSON.stringify(channel.type === 'phone' ? [channel.number, channel.extension] : channel);
    if (
      !contact.some(
        (known) => JSON.stringify(known.type === 'phone' ? [known.number, known.extension] : known) === key,
      )
    ) {
      contact.push(channel);
    }
  };
  const url = readString(service, 'url');
  if (url !== undefined) {
    if (WebUrlSchema.safeParse(url).success) addChannel({ type: 'website', url });
    else issues.warning('url', 'invalid-url', `"${url}" is not an http(s) address`);
  }
  const email = readString(service, 'email');
  if (email !== undefined) {
    if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) addChannel({ type: 'email', address: email });
    else issues.warning('email', 'invalid-email', `"${email}" is not an email address`);
  }
  readObjects(service, 'phones').forEach((phone, i) => {
    addChannel(phoneChannel(phone, `phones[${i}]`, issues));
  });

  const scheduleRows = [...readObjects(service, 'schedules')];
  const locations: Location[] = [];
  const languages: string[] = [];
  const addLanguages = (rows: readonly JsonObject[], path: string): void => {
    rows.forEach((row, i) => {
      const given = readString(row, 'code') ?? readString(row, 'name') ?? readString(row, 'language');
      if (given === undefined) return;
      // 1.1 feeds list several in one cell: "en, es".
      for (const part of given.split(/[,;]/)) {
        if (part.trim() === '') continue;
        const tag = languageTag(part);
        if (tag === undefined)
          issues.warning(`${path}[${i}]`, 'unknown-language', `"${part.trim()}" is not a language we know`);
        else addUnique(languages, tag);
      }
    });
  };
  addLanguages(readObjects(service, 'languages'), 'languages');
  const serviceAtLocations = readObjects(service, 'service_at_locations');
  serviceAtLocations.forEach((sal, i) => {
    const path = `service_at_locations[${i}]`;
    readObjects(sal, 'phones').forEach((phone, k) => {
      addChannel(phoneChannel(phone, `${path}.phones[${k}]`, issues));
    });
    scheduleRows.push(...readObjects(sal, 'schedules'));
    const location = readObject(sal, 'location');
    if (location === undefined) return;
    const type = readString(location, 'location_type')?.toLowerCase();
    if (type === 'virtual') {
      addUnique(vocab.attendance, 'online');
      const onlineUrl = readString(location, 'url');
      if (onlineUrl !== undefined && WebUrlSchema.safeParse(onlineUrl).success && url === undefined) {
        addChannel({ type: 'website', url: onlineUrl });
      }
      return;
    }
    const ours = importLocation(location, `${path}.location`, issues);
    if (ours !== undefined) {
      locations.push(ours);
      addUnique(vocab.attendance, 'in-person');
    }
    readObjects(location, 'phones').forEach((phone, k) => {
      addChannel(phoneChannel(phone, `${path}.location.phones[${k}]`, issues));
    });
    if (scheduleRows.length === 0) scheduleRows.push(...readObjects(location, 'schedules'));
    addLanguages(readObjects(location, 'languages'), `${path}.location.languages`);
    for (const note of readObjects(location, 'accessibility')) {
      const text = [
        readString(note, 'description'),
        readString(note, 'details'),
        readString(note, 'accessibility'),
      ]
        .filter(Boolean)
        .join(' ');
      const ids = (VOCABULARIES.accessibility as readonly { id: string }[]).map((t) => t.id);
      const exact = ids.find((tid) => tid === text.trim());
      if (exact !== undefined) addUnique(vocab.accessibility, exact);
      for (const [pattern, feature] of ACCESSIBILITY_WORDS)
        if (pattern.test(text)) addUnique(vocab.accessibility, feature);
      if (
        text !== '' &&
        exact === undefined &&
        !ACCESSIBILITY_WORDS.some(([pattern]) => pattern.test(text))
      ) {
        addUnique(vocab.tags, `accessibility:${text}`.slice(0, 120));
      }
    }
  });

  const costText = [
    readString(service, 'fees_description'),
    readString(service, 'fees'),
    ...readObjects(service, 'cost_options').map((option) =>
      [readString(option, 'option'), readString(option, 'amount_description')].filter(Boolean).join(' '),
    ),
    ...readObjects(service, 'payments_accepted').map((row) => readString(row, 'payment') ?? ''),
  ]
    .filter(Boolean)
    .join(' ');
  for (const [pattern, cost] of COST_WORDS) if (pattern.test(costText)) addUnique(vocab.costs, cost);
  if (readObjects(service, 'cost_options').some((option) => readNumber(option, 'amount') === 0)) {
    addUnique(vocab.costs, 'free');
  }

  readAttributes(readObjects(service, 'attributes'), vocab, 'attributes', issues);
  const schedule = importHsdsSchedules(scheduleRows, 'schedules', issues, options.timeZone);

  let organization: Organization | undefined;
  const orgObject =
    readObject(service, 'organization') ??
    (() => {
      const orgId = readString(service, 'organization_id');
      return orgId === undefined ? undefined : organizations.get(orgId);
    })();
  if (orgObject !== undefined) organization = importHsdsOrganization(orgObject, issues, 'organization');

  const statusText = readString(service, 'status')?.toLowerCase();
  let status: Resource['status'] = 'active';
  if (statusText === 'inactive' || statusText === 'defunct') status = 'inactive';
  else if (statusText === 'temporarily closed' || statusText === 'temporarily-closed')
    status = 'temporarily-closed';
  else if (statusText !== undefined && statusText !== 'active') {
    issues.warning(
      'status',
      'unknown-status',
      `"${statusText}" is not an HSDS status; the service is taken as active`,
    );
  }

  let description = readString(service, 'description');
  if (description !== undefined && description.length > 5000) {
    issues.warning(
      'description',
      'truncated',
      'the description is longer than 5,000 characters and was shortened',
    );
    description = description.slice(0, 5000).trim();
  }
  const assured = readString(service, 'assured_date');
  let verifiedAt: string | null = null;
  if (assured !== undefined) {
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(assured) ? `${assured}T00:00:00Z` : assured;
    if (!Number.isNaN(Date.parse(iso)) && /^\d{4}-\d{2}-\d{2}T/.test(iso))
      verifiedAt = new Date(iso).toISOString();
    else issues.warning('assured_date', 'invalid-date', `"${assured}" is not a date`);
  }

  const provenance: Resource['provenance'] = { source: options.source ?? 'hsds' };
  if (options.sourceUrl !== undefined) provenance.sourceUrl = options.sourceUrl;
  if (sourceId !== undefined) provenance.externalId = sourceId;
  if (options.importedAt !== undefined) provenance.importedAt = options.importedAt;
  if (options.importBatchId !== undefined) provenance.importBatchId = options.importBatchId;

  const candidate = {
    kind: 'service',
    id,
    slug: id,
    name,
    description,
    circles: vocab.circles.length > 0 ? vocab.circles : [...(options.circles ?? ['professionals'])],
    serves: vocab.serves[0] ?? options.serves ?? 'person-in-recovery',
    concerns: vocab.concerns,
    approaches: vocab.approaches,
    audiences: vocab.audiences,
    languages,
    attendance: vocab.attendance,
    location: locations[0],
    locations,
    schedule,
    cost: vocab.costs,
    accessibility: vocab.accessibility,
    contact,
    provenance,
    verification: {
      verifiedAt,
      verifiedBy: verifiedAt === null ? null : (readString(service, 'assurer_email') ?? null),
      method: verifiedAt === null ? null : 'import',
    },
    status,
    organizationId: organization?.id,
    organizationName: organization?.name,
    tags: vocab.tags,
  };
  const parsed = ResourceSchema.safeParse(stripUndefined(candidate));
  if (!parsed.success) {
    for (const problem of parsed.error.issues) {
      issues.error(problem.path.join('.') || 'record', 'invalid-record', problem.message);
    }
    return undefined;
  }
  return organization === undefined ? { resource: parsed.data } : { resource: parsed.data, organization };
}

/** Drops keys whose value is undefined, for schemas under `exactOptionalPropertyTypes`. */
export function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Whether `value` looks like an HSDS page (`{ total_items, contents: [...] }`). */
export function isHsdsPage(value: unknown): value is JsonObject & { contents: unknown[] } {
  return isObject(value) && Array.isArray(value.contents);
}
