import { normalizeZip } from '../../geo-us/zip-code.js';
import type { ContactChannel } from '../../model/contact.js';
import type { Location } from '../../model/location.js';
import { type Resource, ResourceSchema } from '../../model/resource.js';
import type { OpeningRange, Schedule, WeeklySlot } from '../../schedule/schedule-schema.js';
import { isValidTimeZone } from '../../schedule/schedule-schema.js';
import { parseCsvTable, writeCsv } from './csv.js';
import { CURATOR_CSV_COLUMNS, type CuratorCsvKind } from './curator-columns.js';
import { type ImportIssue, IssueLog, type RecordIssues, recordIssues } from './import-report.js';

/** What a curator CSV import produced. Issue `index` is the 1-based row (header = row 1), `field` the column. */
export interface CuratorCsvImportResult {
  readonly resources: Resource[];
  readonly issues: ImportIssue[];
}

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** A day name ("Tuesday", "tue") or number 0–6 (0 = Sunday) as 0–6; undefined otherwise. */
export function parseCuratorDay(text: string): number | undefined {
  const value = text.trim().toLowerCase();
  if (/^[0-6]$/.test(value)) return Number(value);
  if (value.length < 2) return undefined;
  const index = DAY_NAMES.findIndex(
    (name) => name.startsWith(value) && (value.length >= 3 || name.slice(0, 2) === value),
  );
  return index < 0 ? undefined : index;
}

const TIME = /^([01]?[0-9]|2[0-3]):([0-5][0-9])$/;

function parseTime(text: string): string | undefined {
  const match = TIME.exec(text.trim());
  return match === null ? undefined : `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? '00'}`;
}

function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function slugOf(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/g, '');
}

/** Zod paths of a resource, back to the curator column that filled them. */
const COLUMN_OF_PATH: Readonly<Record<string, string>> = {
  id: 'id',
  slug: 'id',
  name: 'name',
  description: 'description',
  circles: 'circles',
  serves: 'serves',
  concerns: 'concerns',
  approaches: 'approaches',
  audiences: 'audiences',
  languages: 'languages',
  attendance: 'attendance',
  cost: 'cost',
  accessibility: 'accessibility',
  status: 'status',
  online: 'online_url',
  fellowship: 'fellowship',
  meetingAccess: 'access',
  typeCodes: 'type_codes',
  organizationName: 'organization_name',
};

function columnOf(path: readonly PropertyKey[], row: Readonly<Record<string, string>>): string {
  const [head, index, leaf] = path.map(String);
  if (head === 'contact' && index !== undefined) {
    const channel = leaf === 'address' ? 'email' : leaf === 'url' ? 'website' : 'phone';
    return channel in row ? channel : 'record';
  }
  if (head === 'location' || head === 'locations') {
    const field = head === 'location' ? index : leaf;
    const map: Record<string, string> = {
      street: 'street',
      city: 'city',
      region: 'region',
      postalCode: 'postal_code',
      country: 'country',
      coordinates: 'latitude',
      name: 'location_name',
      precision: 'location_precision',
    };
    return map[field ?? ''] ?? 'street';
  }
  if (head === 'schedule')
    return 'time_zone' in row && path.includes('timeZone') ? 'time_zone' : 'days' in row ? 'start' : 'hours';
  if (head === 'verification') return 'verified_at';
  return COLUMN_OF_PATH[head ?? ''] ?? 'record';
}

function readLocation(row: Readonly<Record<string, string>>, issues: RecordIssues): Location | undefined {
  const location: Location = { precision: 'exact' };
  const text = (column: string): string | undefined => {
    const value = row[column]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const name = text('location_name');
  if (name !== undefined) location.name = name;
  const street = text('street');
  if (street !== undefined) location.street = street;
  const city = text('city');
  if (city !== undefined) location.city = city;
  const region = text('region');
  if (region !== undefined) location.region = region;
  const country = text('country')?.toUpperCase();
  if (country !== undefined) {
    if (/^[A-Z]{2}$/.test(country)) location.country = country;
    else
      issues.error('country', 'invalid-country', `"${country}" is not a two-letter country code such as US`);
  }
  const postal = text('postal_code');
  if (postal !== undefined) {
    const zip = country === undefined || country === 'US' ? normalizeZip(postal) : undefined;
    if (zip !== undefined) {
      location.postalCode = zip.plus4 === undefined ? zip.zip : `${zip.zip}-${zip.plus4}`;
      if (zip.repaired)
        issues.info('postal_code', 'zip-repaired', `ZIP "${postal}" had lost its leading zeros`);
    } else location.postalCode = postal;
  }
  const lat = text('latitude');
  const lng = text('longitude');
  if (lat !== undefined || lng !== undefined) {
    const la = Number(lat);
    const lo = Number(lng);
    if (
      lat === undefined ||
      lng === undefined ||
      !Number.isFinite(la) ||
      !Number.isFinite(lo) ||
      Math.abs(la) > 90 ||
      Math.abs(lo) > 180
    ) {
      issues.error(
        lat === undefined || Math.abs(la) <= 90 ? 'longitude' : 'latitude',
        'invalid-coordinates',
        'latitude must be -90 to 90 and longitude -180 to 180, both given',
      );
    } else location.coordinates = { lat: la, lng: lo };
  }
  const precision = text('location_precision');
  if (precision !== undefined) {
    if (precision === 'exact' || precision === 'approximate' || precision === 'confidential')
      location.precision = precision;
    else
      issues.error(
        'location_precision',
        'invalid-value',
        `"${precision}" is not exact, approximate or confidential`,
      );
  }
  return Object.keys(location).length > 1 ? location : undefined;
}

function readContact(row: Readonly<Record<string, string>>): ContactChannel[] {
  const out: ContactChannel[] = [];
  const phone = row.phone?.trim();
  if (phone) out.push({ type: 'phone', number: phone });
  const email = row.email?.trim();
  if (email) out.push({ type: 'email', address: email });
  const website = row.website?.trim();
  if (website) out.push({ type: 'website', url: website });
  return out;
}

function readVerification(
  row: Readonly<Record<string, string>>,
  issues: RecordIssues,
): Resource['verification'] {
  const at = row.verified_at?.trim();
  if (!at) return { verifiedAt: null };
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T00:00:00Z` : at;
  if (Number.isNaN(Date.parse(iso)) || !/^\d{4}-\d{2}-\d{2}T/.test(iso)) {
    issues.error('verified_at', 'invalid-date', `"${at}" is not a date like 2025-01-31`);
    return { verifiedAt: null };
  }
  const by = row.verified_by?.trim();
  return { verifiedAt: new Date(iso).toISOString(), verifiedBy: by ? by : null };
}

// Asking Intl about a zone costs more than the rest of a row; a sheet uses few zones.
const zoneValidity = new Map<string, boolean>();

function readZone(row: Readonly<Record<string, string>>, issues: RecordIssues): string | undefined {
  const zone = row.time_zone?.trim();
  if (!zone) return undefined;
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    valid = isValidTimeZone(zone);
    if (zoneValidity.size < 1000) zoneValidity.set(zone, valid);
  }
  if (!valid) {
    issues.error(
      'time_zone',
      'invalid-time-zone',
      `"${zone}" is not an IANA time zone such as America/Chicago`,
    );
    return undefined;
  }
  return zone;
}

function readSlots(row: Readonly<Record<string, string>>, issues: RecordIssues): WeeklySlot[] {
  const days = list(row.days);
  const start = parseTime(row.start ?? '');
  const endText = row.end?.trim();
  const end = endText ? parseTime(endText) : undefined;
  if (days.length === 0)
    issues.error('days', 'missing-value', 'days is required: a day name or 0–6 (0 = Sunday)');
  if (start === undefined)
    issues.error('start', 'invalid-time', `"${row.start ?? ''}" is not a time like 19:30`);
  if (endText && end === undefined)
    issues.error('end', 'invalid-time', `"${endText}" is not a time like 20:30`);
  const slots: WeeklySlot[] = [];
  for (const text of days) {
    const day = parseCuratorDay(text);
    if (day === undefined) {
      issues.error('days', 'invalid-day', `"${text}" is not a day name or a number 0–6 (0 = Sunday)`);
      continue;
    }
    if (start !== undefined) slots.push(end === undefined ? { day, start } : { day, start, end });
  }
  return slots;
}

/** Reads "Mon-Fri 09:00-17:00; Sat 10:00-14:00", "24/7" or "by appointment". */
function readHours(
  row: Readonly<Record<string, string>>,
  zone: string | undefined,
  issues: RecordIssues,
): Schedule | undefined {
  const text = row.hours?.trim();
  if (!text) return undefined;
  if (/^(24\/7|always|24 hours)$/i.test(text))
    return zone === undefined ? { type: 'always' } : { type: 'always', timeZone: zone };
  if (/^by appointment$/i.test(text))
    return zone === undefined ? { type: 'by-appointment' } : { type: 'by-appointment', timeZone: zone };
  const hours: OpeningRange[] = [];
  for (const part of list(text)) {
    const match = /^(.+?)\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/.exec(part);
    const opens = match ? parseTime(match[2] ?? '') : undefined;
    const closes = match ? (match[3] === '24:00' ? '24:00' : parseTime(match[3] ?? '')) : undefined;
    if (match === null || opens === undefined || closes === undefined) {
      issues.error('hours', 'invalid-hours', `"${part}" is not like "Mon-Fri 09:00-17:00"`);
      continue;
    }
    for (const spec of (match[1] ?? '').split(',')) {
      const [from = '', to] = spec.split('-');
      const first = parseCuratorDay(from);
      const last = to === undefined ? first : parseCuratorDay(to);
      if (first === undefined || last === undefined) {
        issues.error('hours', 'invalid-day', `"${spec.trim()}" is not a day or a range of days like Mon-Fri`);
        continue;
      }
      for (let day = first; ; day = (day + 1) % 7) {
        hours.push({ day, opens, closes });
        if (day === last) break;
      }
    }
  }
  if (hours.length === 0) return undefined;
  if (zone === undefined) {
    issues.error('time_zone', 'missing-value', 'time_zone is required when hours has times');
    return undefined;
  }
  return { type: 'opening-hours', hours, timeZone: zone };
}

/**
 * Reads a curator spreadsheet of `kind` (see {@link CURATOR_CSV_COLUMNS}). Rows whose
 * first cell starts with "#" are comments. Rows with the same id are one record (a meeting
 * with several times). Never throws: each problem is reported with its 1-based row number
 * (the header is row 1) and column name, and a row with errors is left out.
 */
export function importCuratorCsv(text: string, kind: CuratorCsvKind): CuratorCsvImportResult {
  const log = new IssueLog();
  const table = parseCsvTable(text);
  for (const problem of table.problems) {
    log.add({
      index: problem.line,
      field: 'file',
      severity: 'error',
      code: 'csv-problem',
      reason: problem.message,
    });
  }
  const columns = CURATOR_CSV_COLUMNS[kind];
  const header = recordIssues(log, 1);
  for (const column of columns) {
    if (column.required && !table.header.includes(column.name)) {
      header.error(column.name, 'missing-column', `the required column "${column.name}" is missing`);
    }
  }
  for (const name of table.header) {
    if (!columns.some((column) => column.name === name)) {
      header.warning(name, 'unknown-column', `"${name}" is not a ${kind} column; it is ignored`);
    }
  }
  // Without a required column every row would fail the same way; the header error says it once.
  if (columns.some((column) => column.required && !table.header.includes(column.name))) {
    return { resources: [], issues: log.issues };
  }
  const byId = new Map<string, Resource>();
  const order: string[] = [];
  table.records.forEach((row, k) => {
    const rowNumber = table.rowNumbers[k] ?? k + 2;
    if ((Object.values(row)[0] ?? '').trimStart().startsWith('#')) return;
    if (Object.values(row).every((value) => value.trim() === '')) return;
    const before = log.count('error');
    const issues = recordIssues(log, rowNumber, row.id?.trim() || undefined);
    const name = row.name?.trim() ?? '';
    if (name === '') issues.error('name', 'missing-value', 'name is required');
    const zone = readZone(row, issues);
    let schedule: Schedule | undefined;
    if (kind === 'meetings') {
      if (!row.time_zone?.trim())
        issues.error('time_zone', 'missing-value', 'time_zone is required, e.g. America/Chicago');
      const slots = readSlots(row, issues);
      if (zone !== undefined && slots.length > 0) schedule = { type: 'weekly', slots, timeZone: zone };
    } else {
      schedule = readHours(row, zone, issues);
    }
    const firstSlot = schedule?.type === 'weekly' ? schedule.slots[0] : undefined;
    const givenId = row.id?.trim();
    const id =
      givenId ||
      slugOf(
        kind === 'meetings' && firstSlot
          ? `${name} ${SHORT_DAYS[firstSlot.day] ?? ''} ${firstSlot.start}`
          : name,
      );
    const location = readLocation(row, issues);
    const verification = readVerification(row, issues);
    if (log.count('error') > before) return;
    const known = byId.get(id);
    if (known !== undefined) {
      if (known.kind === 'meeting' && known.schedule?.type === 'weekly' && schedule?.type === 'weekly') {
        known.schedule.slots.push(...schedule.slots);
      } else {
        issues.error('id', 'duplicate-id', `row ${rowNumber} repeats the id "${id}" of an earlier row`);
      }
      return;
    }
    const base = {
      id,
      slug: id,
      name,
      description: row.description?.trim() || undefined,
      circles: list(row.circles).length > 0 ? list(row.circles) : kind === 'meetings' ? ['peers'] : [],
      serves: row.serves?.trim() || 'person-in-recovery',
      concerns: list(row.concerns),
      approaches: list(row.approaches),
      audiences: list(row.audiences),
      languages: list(row.languages),
      attendance: list(row.attendance),
      cost: list(row.cost),
      accessibility: list(row.accessibility),
      location,
      schedule,
      contact: readContact(row),
      provenance: { source: 'curator' },
      verification,
      status: row.status?.trim() || 'active',
    };
    const candidate =
      kind === 'meetings'
        ? {
            ...base,
            kind: 'meeting',
            fellowship: row.fellowship?.trim() || undefined,
            meetingAccess: row.access?.trim() || 'unknown',
            typeCodes: list(row.type_codes),
            online:
              row.online_url?.trim() || row.online_phone?.trim()
                ? Object.fromEntries(
                    [
                      ['url', row.online_url?.trim()],
                      ['phone', row.online_phone?.trim()],
                      ['notes', row.online_notes?.trim()],
                    ].filter(([, value]) => value),
                  )
                : undefined,
          }
        : {
            ...base,
            kind: 'service',
            organizationName: row.organization_name?.trim() || undefined,
            locations: location === undefined ? [] : [location],
          };
    const parsed = ResourceSchema.safeParse(
      Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined)),
    );
    if (!parsed.success) {
      for (const problem of parsed.error.issues) {
        issues.error(columnOf(problem.path, row), 'invalid-value', problem.message);
      }
      return;
    }
    byId.set(id, parsed.data);
    order.push(id);
  });
  return { resources: order.flatMap((id) => byId.get(id) ?? []), issues: log.issues };
}

function addMinutes(start: string, minutes: number): string {
  const [h = 0, m = 0] = start.split(':').map(Number);
  const total = (h * 60 + m + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function hoursText(schedule: Schedule | undefined): string {
  if (schedule === undefined) return '';
  if (schedule.type === 'always') return '24/7';
  if (schedule.type === 'by-appointment') return 'by appointment';
  if (schedule.type === 'opening-hours') {
    return schedule.hours
      .map((range) => `${SHORT_DAYS[range.day] ?? ''} ${range.opens}-${range.closes}`)
      .join('; ');
  }
  return schedule.slots
    .map((slot) => `${SHORT_DAYS[slot.day] ?? ''} ${slot.start}-${slot.end ?? slot.start}`)
    .join('; ');
}

/**
 * Writes resources as a curator spreadsheet of `kind`: meetings (kind "meeting") or
 * services (kind "service"); other kinds are left out. A meeting whose slots have different
 * times is written as one row per time, with the same id, which the importer joins again.
 */
export function exportCuratorCsv(resources: readonly Resource[], kind: CuratorCsvKind): string {
  const columns = CURATOR_CSV_COLUMNS[kind].map((column) => column.name);
  const rows: string[][] = [columns];
  for (const resource of resources) {
    if (kind === 'meetings' ? resource.kind !== 'meeting' : resource.kind !== 'service') continue;
    const location = resource.location;
    const contact = (type: ContactChannel['type']): string => {
      const channel = resource.contact.find((c) => c.type === type);
      if (channel === undefined) return '';
      return channel.type === 'email'
        ? channel.address
        : channel.type === 'website' || channel.type === 'chat'
          ? channel.url
          : channel.number;
    };
    const common: Record<string, string> = {
      id: resource.id,
      name: resource.name,
      description: resource.description ?? '',
      circles: resource.circles.join('; '),
      serves: resource.serves,
      concerns: resource.concerns.join('; '),
      approaches: resource.approaches.join('; '),
      audiences: resource.audiences.join('; '),
      languages: resource.languages.join('; '),
      attendance: resource.attendance.join('; '),
      cost: resource.cost.join('; '),
      accessibility: resource.accessibility.join('; '),
      time_zone: resource.schedule?.timeZone ?? '',
      location_name: location?.name ?? '',
      street: location?.street ?? '',
      city: location?.city ?? '',
      region: location?.region ?? '',
      postal_code: location?.postalCode ?? '',
      country: location?.country ?? '',
      latitude: location?.coordinates === undefined ? '' : String(location.coordinates.lat),
      longitude: location?.coordinates === undefined ? '' : String(location.coordinates.lng),
      location_precision: location === undefined ? '' : location.precision,
      phone: contact('phone'),
      email: contact('email'),
      website: contact('website'),
      status: resource.status,
      verified_at: resource.verification.verifiedAt ?? '',
      verified_by: resource.verification.verifiedBy ?? '',
    };
    if (resource.kind === 'meeting') {
      Object.assign(common, {
        fellowship: resource.fellowship ?? '',
        access: resource.meetingAccess,
        online_url: resource.online?.url ?? '',
        online_phone: resource.online?.phone ?? '',
        online_notes: resource.online?.notes ?? '',
        type_codes: resource.typeCodes.join('; '),
      });
      const groups = new Map<string, number[]>();
      if (resource.schedule?.type === 'weekly') {
        for (const slot of resource.schedule.slots) {
          const end =
            slot.end ??
            (slot.durationMinutes === undefined ? '' : addMinutes(slot.start, slot.durationMinutes));
          const key = `${slot.start}|${end}`;
          groups.set(key, [...(groups.get(key) ?? []), slot.day]);
        }
      }
      if (groups.size === 0) groups.set('|', []);
      for (const [key, days] of groups) {
        const [start = '', end = ''] = key.split('|');
        const cells: Record<string, string> = {
          ...common,
          days: days
            .map((day) => DAY_NAMES[day] ?? '')
            .map((d) => d.charAt(0).toUpperCase() + d.slice(1))
            .join('; '),
          start,
          end,
        };
        rows.push(columns.map((column) => cells[column] ?? ''));
      }
    } else if (resource.kind === 'service') {
      const cells: Record<string, string> = {
        ...common,
        organization_name: resource.organizationName ?? '',
        hours: hoursText(resource.schedule),
      };
      rows.push(columns.map((column) => cells[column] ?? ''));
    }
  }
  return writeCsv(rows);
}
