import { readFixture } from '@recovery-circles/fixtures';
import type { MeetingGuideImportOptions } from '../import-meeting-guide.js';

/*
 * Test support, kept out of the published package with the other __tests__ folders: the
 * real Meeting Guide feeds and the options each is imported with. Most feeds give no time
 * zone, so the site's zone is passed as a curator would.
 */

/** A fixed import time, so reports and records compare across runs. */
export const TEST_NOW = new Date('2025-01-01T00:00:00.000Z');

/** Every readable feed of the fixtures, with its import options. */
export const FEEDS: readonly (readonly [file: string, options: MeetingGuideImportOptions])[] = [
  ['aasepia.json', { timeZone: 'America/New_York', source: { name: 'aasepia.org' } }],
  ['al-anon.json', { timeZone: 'America/New_York', source: { name: 'Al-Anon Massachusetts' } }],
  ['appointment.json', { timeZone: 'America/Los_Angeles' }],
  ['atlanta.json', { timeZone: 'America/New_York' }],
  ['eda.json', { timeZone: 'America/New_York' }],
  ['edmonton.json', { timeZone: 'America/Edmonton' }],
  ['meetings.json', { timeZone: 'America/Detroit' }],
  ['oc.json', { timeZone: 'America/Los_Angeles' }],
  ['oiaa-online-extended-json.json', { source: { name: 'Online Intergroup of AA' } }],
  ['ontario-quinte-2017.json', { timeZone: 'America/Toronto' }],
  ['sussexaa.json', { timeZone: 'America/New_York' }],
  ['times.json', { timeZone: 'America/Chicago' }],
  ['timezones.json', {}],
];

/** The options a feed of {@link FEEDS} is imported with, with the fixed time. */
export function feedOptions(file: string): MeetingGuideImportOptions {
  const entry = FEEDS.find(([name]) => name === file);
  if (!entry) throw new Error(`No test options for ${file}`);
  return { ...entry[1], now: TEST_NOW };
}

/** A feed's text. */
export function feedText(file: string): string {
  return readFixture('meeting-guide', 'feeds', file);
}

/** A feed's records, parsed. */
export function feedRecords(file: string): Record<string, unknown>[] {
  const value: unknown = JSON.parse(feedText(file));
  if (!Array.isArray(value)) throw new Error(`${file} is not a list`);
  return value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null);
}

/** One record of a feed, found by slug, as a fresh copy a test may change. */
export function feedRecord(file: string, slug: string): Record<string, unknown> {
  const record = feedRecords(file).find((item) => String(item.slug) === slug);
  if (!record) throw new Error(`${file} has no record ${slug}`);
  return structuredClone(record);
}
