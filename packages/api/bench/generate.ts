import { readdirSync } from 'node:fs';
import type { Location, Meeting, Provider, Resource } from '@recovery-circles/core';
import { importMeetingGuide, importSamhsaDirectory, importSamhsaOtp } from '@recovery-circles/core/formats';
import { fixturePath, readFixture } from '@recovery-circles/fixtures';
import { pick, type Random, seededRandom } from './rng.js';
import { loadZipCentroids, type ZipCentroid } from './zip-centroids.js';

/** How the benchmark directory was made, for the report. */
export interface GeneratedDirectory {
  resources: Resource[];
  /** Real meetings read from the Meeting Guide feeds, used as templates. */
  templateMeetings: number;
  /** Real SAMHSA facilities, kept where they are. */
  facilities: number;
  /** ZIP centroids the copies were spread over. */
  zipCentroids: number;
}

export interface GenerateOptions {
  /** Total resources (default 100,000): every SAMHSA facility, then meeting copies up to it. */
  count?: number;
  seed?: number;
}

/** Copies stay within this distance of their ZIP's internal point. */
const SPREAD_KM = 3;
const KM_PER_DEGREE = 111.32;
// Ids and slugs are at most 120 characters; the copy suffix needs room.
const STEM_MAX = 100;

function realMeetings(): Meeting[] {
  const meetings: Meeting[] = [];
  for (const file of readdirSync(fixturePath('meeting-guide', 'feeds')).sort()) {
    if (!file.endsWith('.json')) continue;
    const { resources, report } = importMeetingGuide(readFixture('meeting-guide', 'feeds', file));
    // The feeds include one deliberately broken file; only readable feeds give templates.
    if (report.status === 'ok') meetings.push(...resources);
  }
  return meetings;
}

function realFacilities(): Provider[] {
  const otp = importSamhsaOtp(readFixture('treatment', 'Opioid_Treatment_Directory_Geocoded.csv'));
  const codeKey = JSON.parse(readFixture('treatment', 'samhsa_service_code_key.json')) as Record<
    string,
    string
  >;
  const directory = importSamhsaDirectory(readFixture('treatment', 'meth-2017.csv'), codeKey);
  // The federal file lists some facilities twice under one id; an import keeps one record.
  const seen = new Set<string>();
  return [...otp.resources, ...directory.resources].filter((facility) => {
    const keys = [
      `id:${facility.id}`,
      `slug:${facility.slug}`,
      `ext:${facility.provenance.source}\0${facility.provenance.externalId ?? facility.id}`,
    ];
    if (keys.some((key) => seen.has(key))) return false;
    for (const key of keys) seen.add(key);
    return true;
  });
}

function stem(value: string): string {
  return value.slice(0, STEM_MAX).replace(/-+$/, '');
}

function near(random: Random, centroid: ZipCentroid): { lat: number; lng: number } {
  const distance = SPREAD_KM * Math.sqrt(random());
  const bearing = 2 * Math.PI * random();
  const lat = centroid.lat + (distance * Math.cos(bearing)) / KM_PER_DEGREE;
  const lng =
    centroid.lng +
    (distance * Math.sin(bearing)) / (KM_PER_DEGREE * Math.cos((centroid.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 };
}

/**
 * The venue moved to a real ZIP: the street (which belongs to the original town) is dropped,
 * the town, state and ZIP become the new area's, and the meeting keeps its venue name and notes.
 */
function movedLocation(original: Location | undefined, centroid: ZipCentroid, random: Random): Location {
  const { street: _street, areas: _areas, timeZone: _zone, ...kept } = original ?? { precision: 'exact' };
  return {
    ...kept,
    city: centroid.city,
    region: centroid.state,
    postalCode: centroid.zip,
    country: 'US',
    coordinates: near(random, centroid),
    ...(original?.timeZone ? { timeZone: centroid.timeZone } : {}),
  };
}

/** A copy of a real meeting with its own identity, held at a venue near a real ZIP. */
function copyMeeting(template: Meeting, copy: number, centroid: ZipCentroid, random: Random): Meeting {
  const suffix = `-c${copy.toString(36)}`;
  const base = {
    ...template,
    id: `${stem(template.id)}${suffix}`,
    slug: `${stem(template.slug)}${suffix}`,
    provenance: {
      ...template.provenance,
      externalId: `${template.provenance.externalId ?? template.id}#copy-${copy}`,
    },
  };
  // Online-only meetings have no venue: they are copied as they are.
  const inPerson = template.location !== undefined || template.attendance.includes('in-person');
  if (!inPerson) return base;
  return {
    ...base,
    location: movedLocation(template.location, centroid, random),
    ...(template.schedule ? { schedule: { ...template.schedule, timeZone: centroid.timeZone } } : {}),
  };
}

/**
 * A directory of `count` resources from real distributions: every real SAMHSA treatment
 * facility where it is, and copies of every real Meeting Guide meeting (its fellowship,
 * schedule, types, languages, online links) re-spread over real US ZIP areas with a seeded RNG.
 */
export async function generateDirectory(options: GenerateOptions = {}): Promise<GeneratedDirectory> {
  const count = options.count ?? 100_000;
  const random = seededRandom(options.seed ?? 20_260_501);
  const templates = realMeetings();
  const facilities = realFacilities();
  const centroids = await loadZipCentroids();
  if (templates.length === 0 || centroids.length === 0) throw new Error('no meetings or ZIP centroids read');

  const resources: Resource[] = facilities.slice(0, count);
  for (let copy = 0; resources.length < count; copy += 1) {
    // Every real meeting is copied in turn, so the copies keep the feeds' mix.
    const template = templates[copy % templates.length];
    if (template === undefined) break;
    resources.push(copyMeeting(template, copy, pick(random, centroids), random));
  }
  return {
    resources,
    templateMeetings: templates.length,
    facilities: Math.min(facilities.length, count),
    zipCentroids: centroids.length,
  };
}
