import { normalizeZip } from '../../geo-us/zip-code.js';
import type { ContactChannel } from '../../model/contact.js';
import type { Location } from '../../model/location.js';
import { PhoneNumberSchema } from '../../model/primitives.js';
import { ResourceSchema } from '../../model/resource.js';
import type { Provider } from '../../model/resource-kinds.js';
import { decodeCsvBytes, parseCsvTable } from '../csv/csv.js';
import { type ImportIssue, IssueLog, type RecordIssues, recordIssues } from '../csv/import-report.js';
import { toIdPart } from '../hsds/read.js';
import { cleanSamhsaCodeKey, type LabelRepair } from './clean-labels.js';
import { SAMHSA_SERVICE_CODES } from './service-codes.js';

/** Options of the SAMHSA importers. */
export interface SamhsaImportOptions {
  /** Provenance `source`; defaults to the directory's name. */
  readonly source?: string;
  /** ISO date-time stamped as `provenance.importedAt`. */
  readonly importedAt?: string;
  readonly importBatchId?: string;
}

/** What a SAMHSA import produced. Issue indexes are 1-based CSV rows (the header is row 1). */
export interface SamhsaImportResult {
  readonly resources: Provider[];
  readonly issues: ImportIssue[];
  /** How many ZIP codes had their leading zeros restored. */
  readonly zipRepairs: number;
  /** The text encoding the bytes were read as (text input is taken as is). */
  readonly encoding: 'utf-8' | 'windows-1252' | 'text';
}

function readText(input: string | Uint8Array): { text: string; encoding: SamhsaImportResult['encoding'] } {
  return typeof input === 'string' ? { text: input, encoding: 'text' } : decodeCsvBytes(input);
}

function cell(row: Readonly<Record<string, string>>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = row[name]?.trim();
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

/** Builds the place, reporting ZIP repairs and bad coordinates. Returns the place and whether its ZIP was repaired. */
function place(
  row: Readonly<Record<string, string>>,
  columns: { street: string[]; city: string; state: string; zip: string; lat: string; lng: string },
  issues: RecordIssues,
): { location: Location; repaired: boolean } {
  const location: Location = { country: 'US', precision: 'exact' };
  const street = columns.street
    .map((name) => cell(row, name))
    .filter(Boolean)
    .join(', ');
  if (street !== '') location.street = street;
  const city = cell(row, columns.city);
  if (city !== undefined) location.city = city;
  const state = cell(row, columns.state);
  if (state !== undefined) location.region = state.toUpperCase();
  let repaired = false;
  const zipText = cell(row, columns.zip);
  if (zipText !== undefined) {
    const zip = normalizeZip(zipText);
    if (zip === undefined) {
      issues.warning(columns.zip, 'invalid-zip', `"${zipText}" is not a US ZIP code; it is left out`);
    } else {
      location.postalCode = zip.plus4 === undefined ? zip.zip : `${zip.zip}-${zip.plus4}`;
      if (zip.repaired) {
        repaired = true;
        issues.info(
          columns.zip,
          'zip-repaired',
          `ZIP "${zipText}" had lost its leading zeros; read as ${zip.zip}`,
        );
      }
    }
  }
  const latText = cell(row, columns.lat);
  const lngText = cell(row, columns.lng);
  if (latText !== undefined && lngText !== undefined) {
    const lat = Number(latText);
    const lng = Number(lngText);
    if (
      Number.isFinite(lat) &&
      Number.isFinite(lng) &&
      Math.abs(lat) <= 90 &&
      Math.abs(lng) <= 180 &&
      !(lat === 0 && lng === 0)
    ) {
      location.coordinates = { lat, lng };
    } else {
      issues.warning(
        columns.lat,
        'invalid-coordinates',
        `(${latText}, ${lngText}) is not a point on Earth; left out`,
      );
    }
  }
  return { location, repaired };
}

/** A unique id for a facility: its external id or name, with a number added when taken. */
function uniqueId(prefix: string, basis: string, taken: Set<string>, issues: RecordIssues): string {
  const base = `${prefix}-${toIdPart(basis, 100) || 'facility'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  if (id !== base)
    issues.info('ID', 'duplicate-id', `another facility already has id "${base}"; this one is "${id}"`);
  taken.add(id);
  return id;
}

function finish(candidate: Record<string, unknown>, issues: RecordIssues): Provider | undefined {
  const parsed = ResourceSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const problem of parsed.error.issues) {
      issues.error(problem.path.join('.') || 'record', 'invalid-record', problem.message);
    }
    return undefined;
  }
  return parsed.data.kind === 'provider' ? parsed.data : undefined;
}

function provenance(
  source: string,
  externalId: string | undefined,
  options: SamhsaImportOptions,
): Provider['provenance'] {
  const out: Provider['provenance'] = { source };
  if (externalId !== undefined) out.externalId = externalId;
  if (options.importedAt !== undefined) out.importedAt = options.importedAt;
  if (options.importBatchId !== undefined) out.importBatchId = options.importBatchId;
  return out;
}

/**
 * Imports SAMHSA's geocoded Opioid Treatment Program directory (columns ID = program name,
 * ADDRESS, CITY, STATE, POSTAL, Latitude, Longitude). Every program becomes a facility
 * provider in the professionals circle for opioids with methadone, at its geocoded place.
 * ZIPs that lost their leading zeros are restored and each repair reported; ZIP+4 is kept.
 * Takes the CSV text, or its bytes (UTF-8 or Windows-1252, as the federal file ships).
 */
export function importSamhsaOtp(
  input: string | Uint8Array,
  options: SamhsaImportOptions = {},
): SamhsaImportResult {
  const { text, encoding } = readText(input);
  const table = parseCsvTable(text);
  const log = new IssueLog();
  for (const problem of table.problems) {
    log.add({
      index: problem.line,
      field: 'file',
      severity: 'warning',
      code: 'csv-problem',
      reason: problem.message,
    });
  }
  const taken = new Set<string>();
  const resources: Provider[] = [];
  let zipRepairs = 0;
  table.records.forEach((row, k) => {
    const rowNumber = table.rowNumbers[k] ?? k + 2;
    const name = cell(row, 'ID', 'Name', 'NAME');
    const issues = recordIssues(log, rowNumber, name);
    if (name === undefined) {
      issues.error('ID', 'missing-name', 'the row has no program name and is left out');
      return;
    }
    const { location, repaired } = place(
      row,
      { street: ['ADDRESS'], city: 'CITY', state: 'STATE', zip: 'POSTAL', lat: 'Latitude', lng: 'Longitude' },
      issues,
    );
    if (repaired) zipRepairs++;
    const id = uniqueId(
      'samhsa-otp',
      `${name} ${location.city ?? ''} ${location.region ?? ''}`,
      taken,
      issues,
    );
    const provider = finish(
      {
        kind: 'provider',
        providerType: 'facility',
        id,
        slug: id,
        name,
        circles: ['professionals'],
        serves: 'person-in-recovery',
        concerns: ['opioids'],
        medications: ['methadone'],
        levelsOfCare: ['opioid-treatment-program'],
        attendance: ['in-person'],
        location,
        provenance: provenance(
          options.source ?? 'SAMHSA Opioid Treatment Program Directory',
          undefined,
          options,
        ),
      },
      issues,
    );
    if (provider !== undefined) resources.push(provider);
  });
  return { resources, issues: log.issues, zipRepairs, encoding };
}

function pushUnique<T>(list: T[], values: readonly T[] | undefined): void {
  for (const value of values ?? []) if (!list.includes(value)) list.push(value);
}

/** The result of {@link importSamhsaDirectory}, with the repairs made to the code key. */
export interface SamhsaDirectoryImportResult extends SamhsaImportResult {
  /** Labels of the code key after cleaning, by code. */
  readonly codeLabels: Record<string, string>;
  readonly keyRepairs: LabelRepair[];
}

/**
 * Imports SAMHSA's treatment facility directory (the 2017 layout: Name1–3, Address1–3,
 * City, State, ZIP_Code, Contact, Note, Keys, ID, Longitude, Latitude). The service codes
 * in Keys ("SAF/OTP/METH/MD/SP/…") are mapped by {@link SAMHSA_SERVICE_CODES} to levels of
 * care, medications, payment, audiences, concerns, accessibility and languages; codes
 * without a term are kept as "samhsa:<code>" tags. `codeKey` is SAMHSA's code → label key
 * as published; it is cleaned, and codes it does not know are reported.
 */
export function importSamhsaDirectory(
  input: string | Uint8Array,
  codeKey: Readonly<Record<string, string>>,
  options: SamhsaImportOptions = {},
): SamhsaDirectoryImportResult {
  const { text, encoding } = readText(input);
  const { labels, repairs } = cleanSamhsaCodeKey(codeKey);
  const table = parseCsvTable(text);
  const log = new IssueLog();
  for (const problem of table.problems) {
    log.add({
      index: problem.line,
      field: 'file',
      severity: 'warning',
      code: 'csv-problem',
      reason: problem.message,
    });
  }
  const taken = new Set<string>();
  const seenIds = new Map<string, number>();
  const resources: Provider[] = [];
  let zipRepairs = 0;
  table.records.forEach((row, k) => {
    const rowNumber = table.rowNumbers[k] ?? k + 2;
    // Distinct facilities can share an ID (it is built from the address): number the repeats
    // in file order, so each keeps a source id of its own and a re-import finds it again.
    const sourceId = cell(row, 'ID');
    const repeat = sourceId === undefined ? 0 : (seenIds.get(sourceId) ?? 0) + 1;
    if (sourceId !== undefined) seenIds.set(sourceId, repeat);
    const externalId = sourceId === undefined || repeat === 1 ? sourceId : `${sourceId}#${repeat}`;
    const issues = recordIssues(log, rowNumber, externalId);
    if (repeat > 1) {
      issues.info(
        'ID',
        'duplicate-id',
        `another facility already has ID "${sourceId}"; this one is "${externalId}"`,
      );
    }
    const name = cell(row, 'Name1');
    if (name === undefined) {
      issues.error('Name1', 'missing-name', 'the row has no facility name and is left out');
      return;
    }
    const { location, repaired } = place(
      row,
      {
        street: ['Address1', 'Address2', 'Address3'],
        city: 'City',
        state: 'State',
        zip: 'ZIP_Code',
        lat: 'Latitude',
        lng: 'Longitude',
      },
      issues,
    );
    if (repaired) zipRepairs++;
    const unit = [cell(row, 'Name2'), cell(row, 'Name3')].filter(Boolean).join(', ');
    if (unit !== '') location.name = unit;
    const note = cell(row, 'Note');
    if (note !== undefined) location.notes = note;

    const vocab = {
      levelsOfCare: [] as string[],
      medications: [] as string[],
      cost: [] as string[],
      audiences: [] as string[],
      concerns: [] as string[],
      approaches: [] as string[],
      accessibility: [] as string[],
      languages: [] as string[],
      tags: [] as string[],
    };
    let servesFamilies = false;
    const codes = (cell(row, 'Keys') ?? '')
      .split('/')
      .map((code) => code.trim())
      .filter((code) => code !== '');
    for (const code of codes) {
      const mapping = SAMHSA_SERVICE_CODES[code];
      if (mapping === undefined) {
        if (labels[code] === undefined) {
          issues.info(
            'Keys',
            'unknown-service-code',
            `"${code}" is not in the service-code key; kept as a tag`,
          );
        }
        pushUnique(vocab.tags, [`samhsa:${code}`]);
        continue;
      }
      pushUnique(vocab.levelsOfCare, mapping.levelsOfCare);
      pushUnique(vocab.medications, mapping.medications);
      pushUnique(vocab.cost, mapping.costs);
      pushUnique(vocab.audiences, mapping.audiences);
      pushUnique(vocab.concerns, mapping.concerns);
      pushUnique(vocab.approaches, mapping.approaches);
      pushUnique(vocab.accessibility, mapping.accessibility);
      if (mapping.language !== undefined) pushUnique(vocab.languages, [mapping.language]);
      if (mapping.servesFamilies === true) servesFamilies = true;
    }
    // Directory facilities treat in English unless told otherwise; Spanish and others are codes.
    if (vocab.languages.length > 0 && !vocab.languages.includes('en')) vocab.languages.unshift('en');

    const contact: ContactChannel[] = [];
    const phone = cell(row, 'Contact');
    if (phone !== undefined) {
      if (PhoneNumberSchema.safeParse(phone).success) contact.push({ type: 'phone', number: phone });
      else issues.warning('Contact', 'invalid-phone-number', `"${phone}" is not a phone number`);
    }
    const id = uniqueId('samhsa', externalId ?? `${name} ${location.city ?? ''}`, taken, issues);
    const provider = finish(
      {
        kind: 'provider',
        providerType: 'facility',
        id,
        slug: id,
        name,
        circles: ['professionals'],
        serves: servesFamilies ? 'both' : 'person-in-recovery',
        ...vocab,
        attendance: ['in-person'],
        location,
        contact,
        provenance: provenance(
          options.source ?? 'SAMHSA Behavioral Health Treatment Services Locator',
          externalId,
          options,
        ),
      },
      issues,
    );
    if (provider !== undefined) resources.push(provider);
  });
  return { resources, issues: log.issues, zipRepairs, encoding, codeLabels: labels, keyRepairs: repairs };
}
