import { ResourceSchema } from '../../model/resource.js';
import type { Meeting } from '../../model/resource-kinds.js';
import type { Circle } from '../../vocab/circles.js';
import { decideDayNumbering, type RawDays, readDays } from './day-time.js';
import { hasExtendedJson, unwrapExtendedJson } from './extended-json.js';
import { findFeedRecords } from './feed-shape.js';
import { AA_FELLOWSHIP, detectFellowship, type FellowshipProfile, fellowshipProfile } from './fellowships.js';
import {
  type DayNumbering,
  IssueLog,
  type MeetingGuideDetection,
  type MeetingGuideImportReport,
} from './import-report.js';
import { parseJsonText } from './json-text.js';
import { readRecord } from './read-record.js';
import type { FeedContext } from './record-context.js';
import { isKnownTimeZone, readText, slugify, toWebUrl } from './values.js';

/** How to read a Meeting Guide feed. */
export interface MeetingGuideImportOptions {
  /** IANA zone for records without a `timezone` (most feeds give none: it is the site's zone). */
  timeZone?: string;
  /** Who publishes the feed; its name prefixes every id. By default the host of the records' listing pages. */
  source?: { name: string; url?: string };
  /** The import time written as `provenance.importedAt`; now by default. */
  now?: Date;
  /** The fellowship, e.g. "AA", "Al-Anon", "EDA"; detected from the feed by default. */
  fellowship?: string;
  /** The circle, when the fellowship's own is not right (or the fellowship is not one the importer knows). */
  circle?: Exclude<Circle, 'crisis'>;
  /** How the feed numbers days; detected by default (a 7 anywhere means 1–7). */
  dayNumbering?: DayNumbering;
  /**
   * Also parse every record with `ResourceSchema` and skip any it refuses. The importer's
   * own checks already mirror the schema; this costs about 65 µs a record.
   */
  validate?: boolean;
}

/** The meetings read from a feed, and the report of what was read, changed, guessed or skipped. */
export interface MeetingGuideImportResult {
  resources: Meeting[];
  report: MeetingGuideImportReport;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const WWW = /^www\./;
/** Records read for signs of the fellowship: enough to outvote a few odd names, few enough to stay fast. */
const FELLOWSHIP_SAMPLE = 300;

function hostOf(url: string | undefined): string | undefined {
  const web = url === undefined ? undefined : toWebUrl(url);
  if (web === undefined) return undefined;
  try {
    return new URL(web).hostname.toLowerCase().replace(WWW, '');
  } catch {
    return undefined;
  }
}

function emptyDetection(source: string): MeetingGuideDetection {
  return {
    container: null,
    extendedJson: false,
    dayNumbering: 'sunday-0',
    fellowship: null,
    fellowshipFrom: 'assumed',
    source,
  };
}

function failure(
  status: 'invalid-json' | 'not-a-feed',
  message: string,
  log: IssueLog,
  source: string,
  position?: { line: number; column: number; offset: number },
): MeetingGuideImportResult {
  log.feed('error', status, message);
  const report: MeetingGuideImportReport = {
    status,
    message,
    detected: emptyDetection(source),
    counts: log.counts(0, 0),
    issues: log.issues,
  };
  if (position) report.position = position;
  return { resources: [], report };
}

/**
 * Reads a Meeting Guide feed — JSON text or an already parsed value — into meetings of the
 * Recovery Circles model, with a report. Takes every variant seen in the wild: days as
 * 0–6, text, arrays or 1–7; 12-hour times; types as a list, a string or null; coordinates
 * as text; address parts or a one-line address; MongoDB Extended JSON; a wrapper object.
 * Never throws on a record and never drops one without an `error` issue saying why.
 */
export function importMeetingGuide(
  input: unknown,
  options: MeetingGuideImportOptions = {},
): MeetingGuideImportResult {
  const log = new IssueLog();
  const givenSource = options.source?.name.trim();
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) {
      const { reason, line, column, offset } = parsed.error;
      return failure(
        'invalid-json',
        `This file is not valid JSON: ${reason} at line ${line}, column ${column}.`,
        log,
        givenSource ?? 'meeting-guide',
        { line, column, offset },
      );
    }
    value = parsed.value;
  }
  const shape = findFeedRecords(value);
  if (shape.kind === 'not-a-feed') {
    return failure(
      'not-a-feed',
      `This is not a Meeting Guide feed: found ${shape.found}.`,
      log,
      givenSource ?? 'meeting-guide',
    );
  }

  let records: readonly unknown[] = shape.records;
  if (shape.container !== 'array') {
    log.feed(
      'info',
      'feed-wrapped',
      `The meetings were read from ${shape.container} rather than a top-level list.`,
    );
  }
  if (records.length === 0) log.feed('warning', 'empty-feed', 'The feed holds no meetings.');
  const extendedJson = records.slice(0, 20).some(hasExtendedJson);
  if (extendedJson) {
    records = records.map(unwrapExtendedJson);
    log.feed(
      'info',
      'extended-json',
      'The feed is MongoDB Extended JSON ({"$oid"}, {"$date"}…); its values were unwrapped.',
    );
  }

  // First pass: what the feed as a whole says.
  const days: (RawDays | undefined)[] = [];
  /** Slugs seen more than once: only their records are kept to the end, to spot exact repeats. */
  const seenSlugs = new Set<string>();
  const repeatedSlugs = new Set<string>();
  const signs: { host: string | undefined; name: string | undefined }[] = [];
  const zones = new Map<string, number>();
  let daysAsText = 0;
  const step = Math.max(1, Math.floor(records.length / FELLOWSHIP_SAMPLE));
  for (let index = 0; index < records.length; index++) {
    const record = records[index];
    if (!isRecord(record)) {
      days.push(undefined);
      continue;
    }
    const raw = readDays(record.day);
    days.push(raw);
    const slug = readText(record.slug);
    if (slug !== undefined) {
      if (seenSlugs.has(slug)) repeatedSlugs.add(slug);
      else seenSlugs.add(slug);
    }
    if (raw?.asText) daysAsText++;
    if (index % step === 0) signs.push({ host: hostOf(readText(record.url)), name: readText(record.name) });
    const zone = readText(record.timezone);
    if (zone !== undefined) zones.set(zone, (zones.get(zone) ?? 0) + 1);
  }

  const decision = decideDayNumbering(
    records.map((record) => (isRecord(record) ? record : {})),
    days,
    options.dayNumbering,
  );
  if (decision.numbering !== 'sunday-0' && decision.basis !== 'option') {
    const scheme =
      decision.numbering === 'monday-1' ? '1 = Monday … 7 = Sunday' : '1 = Sunday … 7 = Saturday';
    if (decision.basis === 'dates') {
      log.feed(
        'info',
        'day-numbering-detected',
        `Days run 1–7 (${decision.sevens} records have day 7); ${decision.agreeing} of ${decision.compared} start dates agree with ${scheme}, so days were read that way.`,
        decision.sevens,
      );
    } else {
      log.feed(
        'warning',
        'day-numbering-assumed',
        `Days run 1–7 (${decision.sevens} records have day 7) and nothing tells which day is 1; read as ${scheme}. Set the dayNumbering option if that is wrong.`,
        decision.sevens,
      );
    }
  }
  if (daysAsText > 0)
    log.feed(
      'info',
      'day-as-text',
      `${daysAsText} records write the day as text ("1"); read as numbers.`,
      daysAsText,
    );

  const firstHost = signs.find((sign) => sign.host !== undefined)?.host;
  const source = givenSource || firstHost || 'meeting-guide';
  if (!givenSource) {
    log.feed(
      'info',
      'source-assumed',
      firstHost
        ? `No source option; the records' site "${firstHost}" is used as the source.`
        : 'No source option and no listing pages; the source is "meeting-guide". Pass the source option.',
    );
  }
  const profile = chooseFellowship(options, signs, source, log);
  const detected: MeetingGuideDetection = {
    container: shape.container,
    extendedJson,
    dayNumbering: decision.numbering,
    fellowship: profile.profile.name,
    fellowshipFrom: profile.from,
    source,
  };

  let feedZone: string | undefined;
  let most = 0;
  for (const [zone, count] of zones) {
    if (count > most && isKnownTimeZone(zone)) {
      feedZone = zone;
      most = count;
    }
  }
  const defaultZone =
    options.timeZone !== undefined && isKnownTimeZone(options.timeZone) ? options.timeZone : undefined;
  if (options.timeZone !== undefined && defaultZone === undefined) {
    log.feed(
      'warning',
      'time-zone-invalid',
      `The timeZone option "${options.timeZone}" is not an IANA time zone; ignored.`,
    );
  }
  const sourceUrl = options.source?.url === undefined ? undefined : toWebUrl(options.source.url);
  const ctx: FeedContext = {
    log,
    profile: profile.profile,
    numbering: decision.numbering,
    defaultZone,
    feedZone,
    source,
    sourceId: slugify(source) || 'meeting-guide',
    sourceUrl,
    importedAt: (options.now ?? new Date()).toISOString(),
    slugs: new Set(),
    addresses: new Map(),
    tally: { twelveHour: 0, coordinatesAsText: 0, typesAsText: 0, updatedAsText: 0 },
  };

  seenSlugs.clear();
  // A list this call made (parsed from text, or unwrapped) lets go of each record once read,
  // so a large feed is not held twice over, as records and as meetings.
  const owned = typeof input === 'string' || extendedJson ? (records as unknown[]) : undefined;

  // Second pass: each record.
  const resources: Meeting[] = [];
  const firstBySlug = new Map<string, number>();
  for (let index = 0; index < records.length; index++) {
    const record = records[index];
    if (!isRecord(record)) {
      log.record(
        index,
        undefined,
        '',
        'error',
        'not-an-object',
        `The record is ${record === null ? 'null' : typeof record}, not a meeting; skipped.`,
      );
      continue;
    }
    const slug = readText(record.slug);
    if (slug !== undefined) {
      const first = firstBySlug.get(slug);
      if (first !== undefined && JSON.stringify(records[first]) === JSON.stringify(record)) {
        log.record(
          index,
          slug,
          '',
          'error',
          'duplicate-record',
          `The record repeats record ${first} exactly; skipped.`,
        );
        continue;
      }
      if (first === undefined) firstBySlug.set(slug, index);
    }
    const meeting = readRecord(record, days[index], index, ctx);
    if (owned !== undefined && (slug === undefined || !repeatedSlugs.has(slug))) owned[index] = undefined;
    if (!meeting) continue;
    if (options.validate) {
      const checked = ResourceSchema.safeParse(meeting);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        log.record(
          index,
          slug,
          issue?.path.join('.') ?? '',
          'error',
          'schema-invalid',
          `The meeting does not fit the model (${issue?.message ?? 'invalid'}); skipped.`,
        );
        continue;
      }
    }
    resources.push(meeting);
  }

  const { tally } = ctx;
  if (tally.twelveHour > 0) {
    log.feed(
      'info',
      'time-12-hour',
      `${tally.twelveHour} records write times on a 12-hour clock ("11:00 AM"); read as 24-hour.`,
      tally.twelveHour,
    );
  }
  if (tally.typesAsText > 0) {
    log.feed(
      'info',
      'types-as-text',
      `${tally.typesAsText} records write types as text ("C,W"); split into codes.`,
      tally.typesAsText,
    );
  }
  if (tally.coordinatesAsText > 0) {
    log.feed(
      'info',
      'coordinates-as-text',
      `${tally.coordinatesAsText} records write latitude and longitude as text; read as numbers.`,
      tally.coordinatesAsText,
    );
  }
  if (tally.updatedAsText > 0) {
    log.feed(
      'info',
      'updated-as-text',
      `${tally.updatedAsText} records write "updated" as M/D/YYYY h:mm:ss AM; read as UTC.`,
      tally.updatedAsText,
    );
  }

  return {
    resources,
    report: {
      status: 'ok',
      detected,
      counts: log.counts(records.length, resources.length),
      issues: log.issues,
    },
  };
}

function chooseFellowship(
  options: MeetingGuideImportOptions,
  signs: readonly { host: string | undefined; name: string | undefined }[],
  source: string,
  log: IssueLog,
): { profile: FellowshipProfile; from: MeetingGuideDetection['fellowshipFrom'] } {
  const withCircle = (profile: FellowshipProfile): FellowshipProfile => {
    if (options.circle === undefined || options.circle === profile.circle) return profile;
    return {
      ...profile,
      circle: options.circle,
      serves: options.circle === 'family' ? 'family-and-friends' : 'person-in-recovery',
    };
  };
  const named = options.fellowship?.trim();
  if (named) {
    const known = fellowshipProfile(named);
    if (known) return { profile: withCircle(known), from: 'option' };
    const circle = options.circle ?? 'peers';
    return {
      profile: {
        name: named,
        circle,
        serves: circle === 'family' ? 'family-and-friends' : 'person-in-recovery',
        concerns: [],
        approaches: [],
        host: /$^/,
        text: /$^/,
      },
      from: 'option',
    };
  }
  const sourceSigns = [source, options.source?.url].filter((text): text is string => text !== undefined);
  const vote = detectFellowship(signs, sourceSigns);
  if (vote) {
    log.feed(
      'info',
      'fellowship-detected',
      `Read as ${vote.profile.name} meetings (${vote.profile.circle} circle) from the site and meeting names. Set the fellowship option if that is wrong.`,
      vote.votes,
    );
    return { profile: withCircle(vote.profile), from: 'feed' };
  }
  log.feed(
    'warning',
    'fellowship-assumed',
    `Nothing in the feed names its fellowship; read as ${AA_FELLOWSHIP.name}, the fellowship the Meeting Guide format was made for. Set the fellowship option if that is wrong.`,
  );
  return { profile: withCircle(AA_FELLOWSHIP), from: 'assumed' };
}
