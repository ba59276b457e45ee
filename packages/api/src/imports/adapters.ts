import { createReadStream } from 'node:fs';
import { type Organization, OrganizationSchema, type Resource } from '@recovery-circles/core';
import {
  type ImportIssue as CoreIssue,
  FeedChangedError,
  type HsdsImportResult,
  importCuratorCsv,
  importHsdsCsvPackage,
  importHsdsJson,
  importMeetingGuide,
  importMeetingGuideStream,
  importSamhsaDirectory,
  importSamhsaOtp,
  type MeetingGuideImportReport,
  SAMHSA_SERVICE_CODES,
} from '@recovery-circles/core/formats';
import { readWhole } from './read-source.js';
import type { Converted, FormatAdapter, ImportIssue, ImportSource, Streamed } from './types.js';

/** Core's CSV-style issues (row or index, field, reason) in the import report's shape. */
function fromCoreIssues(issues: readonly CoreIssue[]): ImportIssue[] {
  return issues.map((issue) => ({
    index: issue.index,
    ...(issue.id === undefined ? {} : { ref: issue.id }),
    path: issue.field,
    severity: issue.severity,
    code: issue.code,
    message: issue.reason,
  }));
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return (end === -1 ? text : text.slice(0, end)).replace(/^\uFEFF/, '').trim();
}

function headerOf(source: ImportSource): string[] {
  return source.kind === 'file' && /\.csv$/i.test(source.name)
    ? firstLine(source.text)
        .split(',')
        .map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase())
    : [];
}

function jsonOf(source: ImportSource): unknown {
  // A streamed file is told by its preview: `hsdsContent` reads only a list's first item.
  if (source.kind === 'path') return source.preview;
  if (source.kind !== 'file' || !/\.json$/i.test(source.name)) return undefined;
  try {
    return JSON.parse(source.text);
  } catch {
    return undefined;
  }
}

/** The HSDS 3.0 objects, as the API returns them one at a time or in paged lists. */
type HsdsObjectKind =
  | 'service'
  | 'service_at_location'
  | 'organization'
  | 'location'
  | 'taxonomy'
  | 'taxonomy_term';

/**
 * What an HSDS JSON document holds: objects of one kind (one, a list or a paged list), a
 * paged list of objects of no kind told, the API's root, or tables.
 */
type HsdsContent =
  | { kind: HsdsObjectKind; container: 'object' | 'list' | 'page' }
  | { kind: 'page' | 'api-root' | 'tabular' }
  | { kind: 'oruk-dashboard'; keys: string[] };

/** The kinds `importHsdsJson` reads: services become resources, organizations are stored as such. */
const IMPORTABLE_HSDS: readonly HsdsObjectKind[] = ['service', 'service_at_location', 'organization'];

/*
 * Fields of each HSDS 3.0 object that no other object of the schema has, tried in this order.
 * A service_at_location is also told by the service or location object it holds beside its id
 * (a meeting's `location` is text). None is a Meeting Guide field: TSML's `location_id` is why
 * a service_at_location's is not here.
 */
const HSDS_FIELDS: readonly (readonly [HsdsObjectKind, readonly string[]])[] = [
  ['taxonomy_term', ['taxonomy_detail', 'term_uri', 'taxonomy_id', 'parent_id']],
  [
    'service',
    [
      'status',
      'interpretation_services',
      'application_process',
      'fees_description',
      'wait_time',
      'eligibility_description',
      'minimum_age',
      'maximum_age',
      'assured_date',
      'assurer_email',
      'accreditations',
      'licenses',
      'service_areas',
      'service_at_locations',
      'cost_options',
      'required_documents',
      'program_id',
    ],
  ],
  ['service_at_location', ['service_id']],
  [
    'location',
    ['location_type', 'transportation', 'external_identifier', 'external_identifier_type', 'addresses'],
  ],
  [
    'organization',
    [
      'tax_status',
      'tax_id',
      'year_incorporated',
      'legal_status',
      'logo',
      'parent_organization_id',
      'organization_identifiers',
      'programs',
      'services',
    ],
  ],
];
/** Fields of a taxonomy (id, name, description, uri, version, metadata; the UK profile adds its terms). */
const TAXONOMY_FIELDS = new Set([
  'id',
  'name',
  'description',
  'uri',
  'version',
  'metadata',
  'taxonomy_terms',
]);
/** What a paged list (`/services?page=1`) carries beside its `contents`. */
const PAGE_FIELDS = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty'];
/** Fields that make a record a Meeting Guide meeting, whatever else it carries. */
const MEETING_GUIDE_FIELDS = [
  'day',
  'time',
  'end_time',
  'types',
  'slug',
  'formatted_address',
  'conference_url',
];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMeeting(value: unknown): boolean {
  return isObject(value) && MEETING_GUIDE_FIELDS.some((field) => field in value);
}

/** The kind of one HSDS object, or undefined when it has no field only HSDS has (or is a meeting). */
function hsdsObjectKind(object: Record<string, unknown>): HsdsObjectKind | undefined {
  if (isMeeting(object)) return undefined;
  const holdsPlace = 'id' in object && (isObject(object.service) || isObject(object.location));
  for (const [kind, fields] of HSDS_FIELDS) {
    if (kind === 'service_at_location' && holdsPlace) return kind;
    if (fields.some((field) => field in object)) return kind;
  }
  const taxonomy = ('version' in object && 'uri' in object) || Array.isArray(object.taxonomy_terms);
  if (taxonomy && Object.keys(object).every((key) => TAXONOMY_FIELDS.has(key))) return 'taxonomy';
  // A sparse service (HSDS before 3.0 had no required status) still names its organization.
  if ('organization_id' in object || isObject(object.organization)) return 'service';
  return undefined;
}

/** How the Open Referral UK validator types the cells of its dashboard ("oruk:dataType.string"…). */
const ORUK_DATA_TYPE = /^oruk:dataType[.:]/;

/**
 * Whether `value` holds a cell typed the Open Referral UK validator's way within a few levels
 * (objects, and the first item of lists, which is all a preview keeps): what its dashboard
 * answers (`/dashboard/services`, `/dashboard/services/{id}`) are made of.
 */
function hasOrukCells(value: unknown, depth = 0): boolean {
  if (depth > 3) return false;
  if (Array.isArray(value)) return hasOrukCells(value[0], depth + 1);
  if (!isObject(value)) return false;
  if (typeof value.dataType === 'string' && ORUK_DATA_TYPE.test(value.dataType)) return true;
  return Object.values(value).some((item) => hasOrukCells(item, depth + 1));
}

/**
 * What HSDS 3.0 content a parsed JSON file (or its preview: lists cut to their first item)
 * holds, or undefined when it is not HSDS: one object as `/services/{id}` returns it, a
 * paged list (`contents`, with `total_items`, `page_number`…), a list of objects (told by
 * its first), the API's root (`openapi_url`), or tables as JSON (`{"services.csv": [...]}`).
 * Records with Meeting Guide fields (day, time, types, slug…), or a wrapper of them, are not.
 */
function hsdsContent(value: unknown): HsdsContent | undefined {
  if (Array.isArray(value)) {
    const kind = isObject(value[0]) ? hsdsObjectKind(value[0]) : undefined;
    return kind && { kind, container: 'list' };
  }
  if (!isObject(value)) return undefined;
  // The UK validator's dashboard describes feeds and how they validate: it is told here so
  // the import refuses it as what it is, not as a Meeting Guide feed gone wrong.
  if (hasOrukCells(value)) return { kind: 'oruk-dashboard', keys: Object.keys(value) };
  if (Array.isArray(value.contents)) {
    const first: unknown = value.contents[0];
    const kind = isObject(first) ? hsdsObjectKind(first) : undefined;
    if (kind !== undefined) return { kind, container: 'page' };
    // A page of records of no kind told (or of none): the importer reads what it can.
    if (PAGE_FIELDS.some((field) => field in value) && !isMeeting(first)) return { kind: 'page' };
  }
  // A wrapper of meetings ({"status": "ok", "meetings": [...]}) is a Meeting Guide feed.
  if (Object.values(value).some((item) => Array.isArray(item) && isMeeting(item[0]))) return undefined;
  if ('openapi_url' in value) return { kind: 'api-root' };
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((key) => key.endsWith('.csv') && Array.isArray(value[key])))
    return { kind: 'tabular' };
  const kind = hsdsObjectKind(value);
  return kind && { kind, container: 'object' };
}

/** What an HSDS import reads, for the message refusing anything else. */
const HSDS_IMPORTABLE =
  'an HSDS import reads services, service_at_location records and organizations (with or without their services): ' +
  'one object as the API returns it, a list or a paged list ({"contents": [...]}) of them, or a folder of HSDS CSV tables';

const HSDS_NAMES: Record<HsdsObjectKind, [one: string, many: string]> = {
  service: ['service', 'services'],
  service_at_location: ['service_at_location', 'service_at_location records'],
  organization: ['organization', 'organizations'],
  location: ['location', 'locations'],
  taxonomy: ['taxonomy', 'taxonomies'],
  taxonomy_term: ['taxonomy term', 'taxonomy terms'],
};

/** Every file an import reads, whatever its format, for refusing a file that is none of them. */
const IMPORTABLE_FILES =
  'circles imports a Meeting Guide feed (.json), Open Referral HSDS services, service_at_location records ' +
  'or organizations (.json, or a folder of HSDS CSV tables), a SAMHSA treatment directory file (.csv) ' +
  'or a curator spreadsheet (.csv)';

/** Why an import cannot read `content` as resources, in plain words; undefined when it can. */
function hsdsRefusal(content: HsdsContent): string | undefined {
  switch (content.kind) {
    case 'page':
      return undefined;
    case 'oruk-dashboard':
      return (
        `found an Open Referral UK validator dashboard answer (${content.keys.join(', ')}), which lists ` +
        `feeds and how they validate and holds no services or organizations; ${IMPORTABLE_FILES}`
      );
    case 'api-root':
      return `found the HSDS API's root document (version, profile, openapi_url), which holds no records; ${HSDS_IMPORTABLE}`;
    case 'tabular':
      return `found HSDS tables written as JSON ("organizations.csv": [...]…), which cannot be imported as they are; ${HSDS_IMPORTABLE}`;
    default: {
      if (IMPORTABLE_HSDS.includes(content.kind)) return undefined;
      const [one, many] = HSDS_NAMES[content.kind];
      const found =
        content.container === 'object'
          ? `one HSDS ${one}`
          : `a ${content.container === 'page' ? 'paged ' : ''}list of HSDS ${many}`;
      return `found ${found}, which cannot be imported as resources; ${HSDS_IMPORTABLE}`;
    }
  }
}

/** Resources from a source name that re-imports are matched on. */
function withSource(resources: readonly Resource[], source: string): Resource[] {
  return resources.map((r) => ({ ...r, provenance: { ...r.provenance, source } }));
}

const SAMHSA_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(SAMHSA_SERVICE_CODES).map(([code, mapping]) => [code, mapping.label]),
);

const hsds: FormatAdapter = {
  format: 'hsds',
  detect: (source) =>
    source.kind === 'package'
      ? 'datapackage' in source.tables || 'services' in source.tables
      : hsdsContent(jsonOf(source)) !== undefined,
  convert(streamed, options) {
    const source = readWhole(streamed);
    const name = options.sourceName ?? `hsds:${source.name}`;
    if (source.kind === 'package') {
      return hsdsConversion(importHsdsCsvPackage(source.tables, { source: name }), name);
    }
    let json: unknown;
    try {
      json = JSON.parse(source.text);
    } catch (error) {
      return {
        resources: [],
        issues: [],
        records: 0,
        fatal: `not JSON: ${(error as Error).message}`,
        source: name,
      };
    }
    const content = hsdsContent(json);
    const refusal = content === undefined ? undefined : hsdsRefusal(content);
    if (refusal !== undefined) return { resources: [], issues: [], records: 0, fatal: refusal, source: name };
    return hsdsConversion(importHsdsJson(json, { source: name }), name);
  },
};

/** An HSDS importer's result as a conversion: its resources, issues and organizations. */
function hsdsConversion(result: HsdsImportResult, source: string): Converted {
  return withOrganizations(
    {
      resources: [...result.resources],
      issues: fromCoreIssues(result.issues),
      records: countRecords(result),
      source,
    },
    result.organizations,
  );
}

/**
 * `converted` with the organizations core read beside its resources, each checked against
 * OrganizationSchema (what is stored is a valid Organization); one that is not is reported
 * and left out rather than stored half-valid.
 */
function withOrganizations(converted: Converted, organizations: readonly Organization[]): Converted {
  const valid: Organization[] = [];
  const issues = [...converted.issues];
  for (const organization of organizations) {
    const parsed = OrganizationSchema.safeParse(organization);
    if (parsed.success) {
      valid.push(parsed.data);
      continue;
    }
    const [first] = parsed.error.issues;
    issues.push({
      index: null,
      ref: organization.id,
      ...(first?.path.length ? { path: `organization.${first.path.join('.')}` } : {}),
      severity: 'error',
      code: 'invalid-organization',
      message: `the organization "${organization.name}" is left out: ${first?.message ?? 'it is not valid'}`,
    });
  }
  return { ...converted, issues, organizations: valid, organizationRecords: organizations.length };
}

/** Records read: what was imported plus what an error skipped. */
function countRecords(result: { resources: readonly unknown[]; issues: readonly CoreIssue[] }): number {
  const skipped = new Set(result.issues.filter((i) => i.severity === 'error').map((i) => i.index));
  return result.resources.length + skipped.size;
}

const samhsa: FormatAdapter = {
  format: 'samhsa',
  detect: (source) => {
    const header = headerOf(source);
    return header.includes('keys') && header.includes('name1')
      ? true
      : ['id', 'address', 'city', 'state', 'postal', 'latitude', 'longitude'].every((h) =>
          header.includes(h),
        );
  },
  convert(streamed, options) {
    const source = readWhole(streamed);
    if (source.kind !== 'file')
      return {
        resources: [],
        issues: [],
        records: 0,
        fatal: 'a SAMHSA import is one CSV file',
        source: 'samhsa',
      };
    const directory = headerOf(source).includes('keys');
    const name = options.sourceName ?? (directory ? 'samhsa-treatment-directory' : 'samhsa-otp-directory');
    const result = directory
      ? importSamhsaDirectory(source.text, SAMHSA_LABELS, { source: name })
      : importSamhsaOtp(source.text, { source: name });
    return {
      resources: [...result.resources],
      issues: fromCoreIssues(result.issues),
      records: countRecords(result),
      source: name,
    };
  },
};

const curatorCsv: FormatAdapter = {
  format: 'csv',
  detect: (source) => {
    const header = headerOf(source);
    return header.includes('name') && (header.includes('circles') || header.includes('serves'));
  },
  convert(streamed, options) {
    const source = readWhole(streamed);
    const name = options.sourceName ?? `curator-csv:${source.name}`;
    if (source.kind !== 'file')
      return {
        resources: [],
        issues: [],
        records: 0,
        fatal: 'a curator spreadsheet is one CSV file',
        source: name,
      };
    const kind = headerOf(source).includes('start') ? 'meetings' : 'services';
    const result = importCuratorCsv(source.text, kind);
    return {
      resources: withSource(result.resources, name),
      issues: fromCoreIssues(result.issues),
      records: countRecords(result),
      source: name,
    };
  },
};

/**
 * The import's view of a Meeting Guide report: its issues, the source name records carry
 * (`imported` tells whether any record carries the detected one), and why nothing was read.
 */
function fromMeetingGuideReport(
  report: MeetingGuideImportReport,
  fileName: string,
  sourceName: string | undefined,
  imported: number,
): Omit<Converted, 'resources'> {
  const issues: ImportIssue[] = report.issues.map((issue) => ({
    index: issue.index,
    ...(issue.slug === undefined ? {} : { ref: issue.slug }),
    ...(issue.path ? { path: issue.path } : {}),
    severity: issue.severity,
    code: issue.code,
    message: issue.message,
  }));
  const name = sourceName ?? (imported > 0 ? report.detected.source : `meeting-guide:${fileName}`);
  if (report.status !== 'ok') {
    const where = report.position ? ` (line ${report.position.line}, column ${report.position.column})` : '';
    return { issues, records: 0, fatal: `${report.message ?? report.status}${where}`, source: name };
  }
  return { issues, records: report.counts.records, source: name };
}

const meetingGuide: FormatAdapter = {
  format: 'meeting-guide',
  detect: (source) =>
    (source.kind === 'path' || (source.kind === 'file' && /\.json$/i.test(source.name))) &&
    hsdsContent(jsonOf(source)) === undefined,
  convert(streamed, options) {
    const source = readWhole(streamed);
    if (source.kind !== 'file') {
      return {
        resources: [],
        issues: [],
        records: 0,
        fatal: 'a Meeting Guide feed is one JSON file',
        source: 'meeting-guide',
      };
    }
    const { resources, report } = importMeetingGuide(
      source.text,
      options.sourceName ? { source: { name: options.sourceName } } : {},
    );
    const converted = fromMeetingGuideReport(report, source.name, options.sourceName, resources.length);
    return { ...converted, resources: converted.fatal ? [] : resources };
  },
  async stream(source, options, sink): Promise<Streamed> {
    let imported = 0;
    let report: MeetingGuideImportReport;
    try {
      // Read twice (see importMeetingGuideStream), a batch of meetings at a time.
      report = await importMeetingGuideStream(() => createReadStream(source.path), {
        ...(options.sourceName ? { source: { name: options.sourceName } } : {}),
        onFeed: ({ records }) => sink.progress(0, records),
        onBatch: async (meetings, progress) => {
          for (const meeting of meetings) {
            await sink.write(meeting);
            imported++;
          }
          sink.progress(progress.read, progress.records);
        },
      });
    } catch (error) {
      if (!(error instanceof FeedChangedError)) throw error;
      return { issues: [], records: 0, fatal: error.message, source: 'meeting-guide', imported };
    }
    return { ...fromMeetingGuideReport(report, source.name, options.sourceName, imported), imported };
  },
};

/** Every format, in the order `--format auto` tries them. */
export const ADAPTERS: readonly FormatAdapter[] = [hsds, meetingGuide, samhsa, curatorCsv];
