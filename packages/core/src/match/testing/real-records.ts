/**
 * Test and benchmark helpers only (not exported by the package): a minimal adapter from
 * REAL records — Meeting Guide feeds and SAMHSA treatment files in the shared fixtures — to
 * resources, until the full Meeting Guide importer lands. It reads only the fields the
 * matcher uses and never adds a fact the record does not state.
 */
import { readFixture } from '@recovery-circles/fixtures';
import { type Resource, type ResourceInput, ResourceSchema } from '../../model/resource.js';
import type { AccessibilityFeature } from '../../vocab/accessibility.js';
import type { Approach } from '../../vocab/approaches.js';
import type { AttendanceMode } from '../../vocab/attendance.js';
import type { Audience } from '../../vocab/audiences.js';
import type { Circle } from '../../vocab/circles.js';
import type { Concern } from '../../vocab/concerns.js';
import type { Cost } from '../../vocab/costs.js';
import type { LevelOfCare } from '../../vocab/levels-of-care.js';
import type { Medication } from '../../vocab/medications.js';

/** What a Meeting Guide feed is, and what every meeting in it is about. */
export interface FeedFacts {
  /** File name under shared/fixtures/meeting-guide/feeds. */
  file: string;
  /** Id prefix, e.g. "oc-aa". */
  prefix: string;
  source: string;
  fellowship: string;
  circle: Exclude<Circle, 'crisis'>;
  concerns: Concern[];
  approaches: Approach[];
  /** The feed's zone, for records that do not name one. */
  timeZone: string;
}

/** The real feeds the tests and the benchmark use. */
export const FEEDS = {
  oc: {
    file: 'oc.json',
    prefix: 'oc-aa',
    source: 'Orange County AA (Meeting Guide feed)',
    fellowship: 'AA',
    circle: 'peers',
    concerns: ['alcohol'],
    approaches: ['twelve-step'],
    timeZone: 'America/Los_Angeles',
  },
  sepia: {
    file: 'aasepia.json',
    prefix: 'sepia-aa',
    source: 'Southeastern PA Intergroup AA (Meeting Guide feed)',
    fellowship: 'AA',
    circle: 'peers',
    concerns: ['alcohol'],
    approaches: ['twelve-step'],
    timeZone: 'America/New_York',
  },
  alAnon: {
    file: 'al-anon.json',
    prefix: 'ma-al-anon',
    source: 'Al-Anon Massachusetts (Meeting Guide feed)',
    fellowship: 'Al-Anon',
    circle: 'family',
    concerns: ['alcohol'],
    approaches: ['twelve-step'],
    timeZone: 'America/New_York',
  },
  eda: {
    file: 'eda.json',
    prefix: 'eda',
    source: 'Eating Disorders Anonymous (Meeting Guide feed)',
    fellowship: 'EDA',
    circle: 'peers',
    concerns: ['eating-disorders'],
    approaches: ['twelve-step'],
    timeZone: 'America/New_York',
  },
  sussex: {
    file: 'sussexaa.json',
    prefix: 'sussex-aa',
    source: 'Sussex County DE AA (Meeting Guide feed)',
    fellowship: 'AA',
    circle: 'peers',
    concerns: ['alcohol'],
    approaches: ['twelve-step'],
    timeZone: 'America/New_York',
  },
} as const satisfies Record<string, FeedFacts>;

type Json = Record<string, unknown>;

const AUDIENCE_CODES: Record<string, Audience> = {
  W: 'women',
  M: 'men',
  LGBTQ: 'lgbtq',
  LGBTQIA: 'lgbtq',
  G: 'lgbtq',
  L: 'lgbtq',
  T: 'transgender',
  Y: 'young-people',
  SEN: 'seniors',
  POC: 'people-of-color',
  BE: 'newcomers',
  NDG: 'indigenous',
  N: 'indigenous',
};
const LANGUAGE_CODES: Record<string, string> = {
  EN: 'en',
  S: 'es',
  FR: 'fr',
  POL: 'pl',
  POR: 'pt',
  RUS: 'ru',
  ASL: 'ase',
  ITA: 'it',
  GR: 'de',
  KOR: 'ko',
  JA: 'ja',
  HI: 'hi',
};
const ACCESS_CODES: Record<string, AccessibilityFeature> = {
  X: 'wheelchair',
  ASL: 'asl',
  BA: 'child-friendly',
  CF: 'child-friendly',
  FF: 'fragrance-free',
};

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

function typesOf(record: Json): string[] {
  const raw = record.types;
  if (Array.isArray(raw)) return raw.filter((t): t is string => typeof t === 'string');
  if (typeof raw === 'string') return raw.split(',').map((t) => t.trim());
  return [];
}

function slugify(value: string): string {
  const slug = value
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug === '' ? 'x' : slug;
}

function webUrl(value: unknown): string | undefined {
  const url = text(value);
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function time(value: unknown): string | undefined {
  const t = text(value);
  const m = t === undefined ? null : /^(\d{1,2}):(\d{2})/.exec(t);
  if (m === null) return undefined;
  const h = Number(m[1]);
  return h < 24 ? `${String(h).padStart(2, '0')}:${m[2]}` : undefined;
}

function attendanceOf(record: Json, types: readonly string[]): { modes: AttendanceMode[]; place: boolean } {
  const option = text(record.attendance_option);
  if (option === 'online') return { modes: ['online'], place: false };
  if (option === 'hybrid') return { modes: ['hybrid'], place: true };
  if (option === 'in_person') return { modes: ['in-person'], place: true };
  if (types.includes('ONL') && types.includes('TC')) return { modes: ['online'], place: false };
  if (types.includes('ONL')) return { modes: ['hybrid'], place: true };
  return { modes: ['in-person'], place: true };
}

/** One Meeting Guide record as a resource input, or undefined when it lacks a day or time. */
export function meetingFromFeedRecord(record: Json, feed: FeedFacts): ResourceInput | undefined {
  // Some feeds (SEPIA) publish no id; their slug is unique instead.
  const id = text(record.id) ?? text(record.slug);
  const name = text(record.name);
  const day = typeof record.day === 'number' ? record.day : Number(text(record.day));
  const start = time(record.time);
  if (id === undefined || name === undefined || !(day >= 0 && day <= 6) || start === undefined)
    return undefined;
  const end = time(record.end_time);
  const types = typesOf(record);
  const { modes, place } = attendanceOf(record, types);
  const lat = Number(record.latitude);
  const lng = Number(record.longitude);
  const address = text(record.formatted_address)?.split(', ') ?? [];
  const [regionZip] = address.slice(-2, -1);
  const [region, postalCode] = (regionZip ?? '').split(' ');
  const url = webUrl(record.url);
  const joinUrl = webUrl(record.conference_url);
  const zone = text(record.timezone) ?? feed.timeZone;
  const resourceId = `${feed.prefix}-${slugify(id)}`;
  const languages = [
    ...new Set(types.map((t) => LANGUAGE_CODES[t]).filter((l): l is string => l !== undefined)),
  ];
  return {
    kind: 'meeting',
    id: resourceId,
    slug: resourceId,
    name,
    circles: [feed.circle],
    serves: feed.circle === 'family' ? 'family-and-friends' : 'person-in-recovery',
    fellowship: feed.fellowship,
    concerns: feed.concerns,
    // Meeting Guide type "A" is a secular meeting.
    approaches: types.includes('A') ? [...feed.approaches, 'secular'] : feed.approaches,
    audiences: [
      ...new Set(types.map((t) => AUDIENCE_CODES[t]).filter((a): a is Audience => a !== undefined)),
    ],
    languages,
    attendance: modes,
    accessibility: [
      ...new Set(types.map((t) => ACCESS_CODES[t]).filter((a): a is AccessibilityFeature => a !== undefined)),
    ],
    ...(place && Number.isFinite(lat) && Number.isFinite(lng) && (lat !== 0 || lng !== 0)
      ? {
          location: {
            ...(text(record.location) !== undefined ? { name: text(record.location) } : {}),
            ...(address.length >= 3 ? { street: address[0], city: address[address.length - 3] } : {}),
            ...(region !== undefined && region !== '' ? { region } : {}),
            ...(postalCode !== undefined && postalCode !== '' ? { postalCode } : {}),
            coordinates: { lat, lng },
            precision: record.approximate === 'yes' ? 'approximate' : 'exact',
          },
        }
      : {}),
    schedule: {
      type: 'weekly',
      slots: [{ day, start, ...(end !== undefined && end !== start ? { end } : {}) }],
      timeZone: zone,
    },
    ...(joinUrl !== undefined && modes[0] !== 'in-person' ? { online: { url: joinUrl } } : {}),
    contact: url === undefined ? [] : [{ type: 'website', url }],
    provenance: { source: feed.source, externalId: id, ...(url !== undefined ? { sourceUrl: url } : {}) },
    status: text(record.attendance_option) === 'inactive' ? 'inactive' : 'active',
    meetingAccess: types.includes('C') ? 'closed' : types.includes('O') ? 'open' : 'unknown',
    ...(text(record.group) !== undefined ? { groupName: text(record.group) } : {}),
    typeCodes: types.filter((t) => t.length <= 20),
  };
}

/** Every valid meeting of a real feed, as resources (records the schema refuses are skipped). */
export function feedResources(feed: FeedFacts): Resource[] {
  const records: unknown = JSON.parse(readFixture('meeting-guide', 'feeds', feed.file));
  if (!Array.isArray(records)) return [];
  const out: Resource[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    if (record === null || typeof record !== 'object') continue;
    const input = meetingFromFeedRecord(record as Json, feed);
    if (input === undefined || seen.has(input.id)) continue;
    const parsed = ResourceSchema.safeParse(input);
    if (parsed.success) {
      seen.add(input.id);
      out.push(parsed.data);
    }
  }
  return out;
}

/** Splits CSV text into rows of fields (quotes and doubled quotes handled). */
export function parseCsv(textIn: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < textIn.length; i++) {
    const ch = textIn[i];
    if (quoted) {
      if (ch === '"' && textIn[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && textIn[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function csvRecords(...path: string[]): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFixture(...path));
  if (header === undefined) return [];
  return rows
    .filter((r) => r.length === header.length)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** A US ZIP as five digits (the SAMHSA files lost leading zeros). */
function zip5(value: string): string {
  const digits = value.split('-')[0]?.trim() ?? '';
  return /^\d{3,5}$/.test(digits) ? digits.padStart(5, '0') : digits;
}

/** The SAMHSA Opioid Treatment Program directory (geocoded) as provider resources. */
export function otpProviders(): Resource[] {
  const out: Resource[] = [];
  const seen = new Set<string>();
  for (const row of csvRecords('treatment', 'Opioid_Treatment_Directory_Geocoded.csv')) {
    const name = row.ID?.trim();
    const lat = Number(row.Latitude);
    const lng = Number(row.Longitude);
    if (!name || !Number.isFinite(lat) || !Number.isFinite(lng)) continue;
    let id = `otp-${slugify(`${name}-${row.CITY ?? ''}-${row.STATE ?? ''}`)}`
      .slice(0, 110)
      .replace(/-+$/, '');
    for (let n = 2; seen.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    const input: ResourceInput = {
      kind: 'provider',
      id,
      slug: id,
      name,
      circles: ['professionals'],
      serves: 'person-in-recovery',
      concerns: ['opioids'],
      approaches: ['medication-supportive'],
      attendance: ['in-person'],
      providerType: 'facility',
      // A SAMHSA-certified OTP is, by definition, a program that dispenses methadone.
      levelsOfCare: ['opioid-treatment-program'],
      medications: ['methadone'],
      location: {
        street: row.ADDRESS?.trim() || undefined,
        city: row.CITY?.trim() || undefined,
        region: row.STATE?.trim() || undefined,
        postalCode: zip5(row.POSTAL ?? '') || undefined,
        country: 'US',
        coordinates: { lat, lng },
      },
      provenance: { source: 'SAMHSA Opioid Treatment Program Directory' },
    };
    const parsed = ResourceSchema.safeParse(JSON.parse(JSON.stringify(input)));
    if (parsed.success) {
      seen.add(id);
      out.push(parsed.data);
    }
  }
  return out;
}

const MEDICATION_KEYS: Record<string, Medication> = {
  METH: 'methadone',
  MM: 'methadone',
  DM: 'methadone',
  BU: 'buprenorphine',
  BM: 'buprenorphine',
  BMW: 'buprenorphine',
  DB: 'buprenorphine',
  NXN: 'naltrexone',
  VTRL: 'naltrexone',
  ACM: 'acamprosate',
  DSF: 'disulfiram',
};
const COST_KEYS: Record<string, Cost> = {
  MD: 'medicaid',
  MC: 'medicare',
  PI: 'private-insurance',
  SI: 'state-insurance',
  SS: 'sliding-scale',
  PA: 'payment-assistance',
  SF: 'self-pay',
};
const LEVEL_KEYS: Record<string, LevelOfCare> = {
  OP: 'outpatient',
  ORT: 'outpatient',
  OIT: 'intensive-outpatient',
  RES: 'residential',
  RS: 'residential',
  RL: 'residential',
  DT: 'withdrawal-management',
  RD: 'withdrawal-management',
  OTP: 'opioid-treatment-program',
  HI: 'inpatient',
};
const AUDIENCE_KEYS: Record<string, Audience> = {
  VET: 'veterans',
  GL: 'lgbtq',
  PW: 'pregnant-or-postpartum',
  WN: 'women',
  MN: 'men',
  YAD: 'young-people',
};

/** The SAMHSA 2017 methadone facility directory, with its service codes read into the model. */
export function samhsaFacilities(): Resource[] {
  const out: Resource[] = [];
  const seen = new Set<string>();
  for (const row of csvRecords('treatment', 'meth-2017.csv')) {
    const name = row.Name1?.trim();
    const lat = Number(row.Latitude);
    const lng = Number(row.Longitude);
    if (!name || !Number.isFinite(lat) || !Number.isFinite(lng)) continue;
    const keys = (row.Keys ?? '').split('/').filter((k) => k !== '');
    const pick = <T>(table: Record<string, T>): T[] => [
      ...new Set(keys.map((k) => table[k]).filter((v): v is T => v !== undefined)),
    ];
    let id = `samhsa-${slugify(row.ID ?? name)}`;
    for (let n = 2; seen.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    const phone = row.Contact?.trim();
    const concerns: Concern[] = ['opioids'];
    if (keys.includes('SAF')) concerns.push('general-substance-use');
    if (keys.includes('ACM') || keys.includes('DSF')) concerns.push('alcohol');
    if (keys.includes('TGD')) concerns.push('gambling');
    if (keys.includes('MHSAF') || keys.includes('CO')) concerns.push('co-occurring');
    const input = {
      kind: 'provider',
      id,
      slug: id,
      name,
      circles: ['professionals'],
      serves: 'person-in-recovery',
      concerns,
      approaches: ['medication-supportive'],
      audiences: pick(AUDIENCE_KEYS),
      languages: keys.includes('SP') ? ['en', 'es'] : [],
      attendance: ['in-person'],
      cost: pick(COST_KEYS),
      accessibility: keys.includes('AH') ? ['deaf-hard-of-hearing-support'] : [],
      providerType: 'facility',
      levelsOfCare: pick(LEVEL_KEYS),
      medications: pick(MEDICATION_KEYS),
      location: {
        street: row.Address1?.trim() || undefined,
        city: row.City?.trim() || undefined,
        region: row.State?.trim() || undefined,
        postalCode: zip5(row.ZIP_Code ?? '') || undefined,
        country: 'US',
        coordinates: { lat, lng },
      },
      contact: phone ? [{ type: 'phone', number: phone }] : [],
      provenance: { source: 'SAMHSA National Directory 2017', externalId: row.ID },
    };
    const parsed = ResourceSchema.safeParse(JSON.parse(JSON.stringify(input)));
    if (parsed.success) {
      seen.add(id);
      out.push(parsed.data);
    }
  }
  return out;
}

/** The centroid of a real ZIP code area (Census 2021 ZCTA internal points). */
export function zipCentroid(zip: string): { lat: number; lng: number } {
  for (const line of readFixture('geo', 'us-zcta-2021-internal-points.csv').split('\n')) {
    if (!line.startsWith(`${zip},`)) continue;
    const [, lat, lng] = line.split(',');
    return { lat: Number(lat), lng: Number(lng) };
  }
  throw new Error(`ZIP ${zip} is not in the ZCTA fixture`);
}
