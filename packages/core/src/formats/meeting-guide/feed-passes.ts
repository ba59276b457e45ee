import { ResourceSchema } from '../../model/resource.js';
import type { Meeting } from '../../model/resource-kinds.js';
import type { Circle } from '../../vocab/circles.js';
import { DayNumberingTally, readDays } from './day-time.js';
import {
  AA_FELLOWSHIP,
  detectFellowship,
  type FellowshipProfile,
  fellowshipOfRecord,
  fellowshipProfile,
} from './fellowships.js';
import {
  type DayNumbering,
  IssueLog,
  type MeetingGuideDetection,
  type MeetingGuideImportReport,
} from './import-report.js';
import { readRecord } from './read-record.js';
import type { FeedContext } from './record-context.js';
import { isKnownTimeZone, readText, slugify, toWebUrl, WebUrlReader } from './values.js';

/*
 * The steps every Meeting Guide import takes, whether the feed is held whole or read as a
 * stream: a first pass that surveys the records for what only the whole feed can tell
 * (day numbering, fellowship, repeated slugs, the usual time zone), then a second pass
 * that converts each record with what the first one learnt.
 */

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const WWW = /^www\./;
/** Records read for signs of the fellowship: enough to outvote a few odd names, few enough to stay fast. */
const FELLOWSHIP_SAMPLE = 300;

/** Every how many records of a feed of `total` one is read for signs. */
function signStep(total: number): number {
  return Math.max(1, Math.floor(total / FELLOWSHIP_SAMPLE));
}

function hostOf(url: string | undefined): string | undefined {
  const web = url === undefined ? undefined : toWebUrl(url);
  if (web === undefined) return undefined;
  try {
    return new URL(web).hostname.toLowerCase().replace(WWW, '');
  } catch {
    return undefined;
  }
}

/** The name of the source the caller gave, trimmed; undefined when none. */
export function givenSourceName(options: MeetingGuideImportOptions): string | undefined {
  return options.source?.name.trim();
}

/** The report of a file that could not be read as a feed at all. */
export function failedReport(
  status: 'invalid-json' | 'not-a-feed',
  message: string,
  source: string,
  position?: { line: number; column: number; offset: number },
): MeetingGuideImportReport {
  const log = new IssueLog();
  log.feed('error', status, message);
  const report: MeetingGuideImportReport = {
    status,
    message,
    detected: {
      container: null,
      extendedJson: false,
      dayNumbering: 'sunday-0',
      fellowship: null,
      fellowshipFrom: 'assumed',
      source,
    },
    counts: log.counts(0, 0),
    issues: log.issues,
  };
  if (position) report.position = position;
  return report;
}

/** How many of the first records are looked at for MongoDB Extended JSON. */
export const EXTENDED_JSON_SAMPLE = 20;

/** The message of a file that is not JSON, with where the parser stopped. */
export function invalidJsonReport(
  error: { reason: string; line: number; column: number; offset: number },
  options: MeetingGuideImportOptions,
): MeetingGuideImportReport {
  const { reason, line, column, offset } = error;
  return failedReport(
    'invalid-json',
    `This file is not valid JSON: ${reason} at line ${line}, column ${column}.`,
    givenSourceName(options) ?? 'meeting-guide',
    { line, column, offset },
  );
}

/** The report of JSON that holds no Meeting Guide feed, saying what it holds instead. */
export function notAFeedReport(found: string, options: MeetingGuideImportOptions): MeetingGuideImportReport {
  return failedReport(
    'not-a-feed',
    `This is not a Meeting Guide feed: found ${found}.`,
    givenSourceName(options) ?? 'meeting-guide',
  );
}

/**
 * The first pass over a feed's records, in order: what only the whole feed can tell. It
 * keeps a few bytes a record (a shared host name and fellowship, the slug) rather than the
 * records, so a feed read as a stream can be surveyed without holding it.
 */
export class FeedSurvey {
  /** Records added so far. */
  records = 0;
  /** Slugs more than one record carries: only these are compared for exact repeats. */
  readonly repeatedSlugs = new Set<string>();
  /** Records that write the day as text. */
  daysAsText = 0;
  /** How many records name each time zone. */
  readonly zones = new Map<string, number>();
  readonly days: DayNumberingTally;
  private readonly seenSlugs = new Set<string>();
  /** Each sampled record's listing-page host (one string shared by every record of a host). */
  private readonly hosts: (string | undefined)[] = [];
  /** The fellowship each sampled record points to by its host or name. */
  private readonly fellowships: (FellowshipProfile | undefined)[] = [];
  private readonly hostNames = new Map<string, string | undefined>();

  /** Every how many records a sign is read (and kept); 1 when the number of records is not known yet. */
  private readonly signStep: number;

  /**
   * @param dayNumbering The numbering the caller gave, if any.
   * @param total How many records will be added, exactly, when known: then only the records
   *   {@link signs} samples are read for signs. A stream reads every record's.
   */
  constructor(dayNumbering: DayNumbering | undefined, total?: number) {
    this.days = new DayNumberingTally(dayNumbering);
    this.signStep = total === undefined ? 1 : signStep(total);
  }

  /** Surveys the next record of the feed (after any Extended JSON is unwrapped). */
  add(record: unknown): void {
    this.records++;
    const sampled = (this.records - 1) % this.signStep === 0;
    if (!isRecord(record)) {
      if (sampled) this.addSign(undefined, undefined);
      return;
    }
    const raw = readDays(record.day);
    this.days.add(record, raw);
    if (raw?.asText) this.daysAsText++;
    const slug = readText(record.slug);
    if (slug !== undefined) {
      // One lookup: the set grows unless it held the slug already.
      const seen = this.seenSlugs.size;
      if (this.seenSlugs.add(slug).size === seen) this.repeatedSlugs.add(slug);
    }
    if (sampled) {
      const host = this.hostName(readText(record.url));
      this.addSign(host, fellowshipOfRecord(host, readText(record.name)));
    }
    const zone = readText(record.timezone);
    if (zone !== undefined) this.zones.set(zone, (this.zones.get(zone) ?? 0) + 1);
  }

  /** Records sampled evenly across the feed for signs of its site and fellowship. */
  signs(): { host: string | undefined; fellowship: FellowshipProfile | undefined }[] {
    const step = signStep(this.records);
    const signs: { host: string | undefined; fellowship: FellowshipProfile | undefined }[] = [];
    // Sign `i` is that of record `i * signStep`: with the total known, every one is a sample.
    for (let i = 0; i < this.hosts.length; i++) {
      if ((i * this.signStep) % step === 0)
        signs.push({ host: this.hosts[i], fellowship: this.fellowships[i] });
    }
    return signs;
  }

  /** Lets go of what only the first pass needs. */
  done(): void {
    this.seenSlugs.clear();
    this.hosts.length = 0;
    this.fellowships.length = 0;
    this.hostNames.clear();
  }

  private addSign(host: string | undefined, fellowship: FellowshipProfile | undefined): void {
    this.hosts.push(host);
    this.fellowships.push(fellowship);
  }

  /** The host of a listing URL; URLs of one site are read once, by their origin. */
  private hostName(url: string | undefined): string | undefined {
    if (url === undefined) return undefined;
    // Everything up to the path decides the host; the rest of a URL is the record's own.
    const cut = url.indexOf('/', url.indexOf('//') + 2);
    const key = cut === -1 || url.indexOf('//') === -1 ? url : url.slice(0, cut);
    if (this.hostNames.has(key)) return this.hostNames.get(key);
    const host = hostOf(key === url ? url : `${key}/`);
    this.hostNames.set(key, host);
    return host;
  }
}

/** What the first pass decided, ready for the second. */
export interface PreparedFeed {
  ctx: FeedContext;
  detected: MeetingGuideDetection;
}

/**
 * Logs what the feed as a whole says and settles how its records are read: source,
 * fellowship, day numbering and time zone.
 */
export function prepareFeed(
  survey: FeedSurvey,
  options: MeetingGuideImportOptions,
  log: IssueLog,
  container: string,
  extendedJson: boolean,
): PreparedFeed {
  if (container !== 'array') {
    log.feed(
      'info',
      'feed-wrapped',
      `The meetings were read from ${container} rather than a top-level list.`,
    );
  }
  if (survey.records === 0) log.feed('warning', 'empty-feed', 'The feed holds no meetings.');
  if (extendedJson) {
    log.feed(
      'info',
      'extended-json',
      'The feed is MongoDB Extended JSON ({"$oid"}, {"$date"}…); its values were unwrapped.',
    );
  }
  const decision = survey.days.decide();
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
  if (survey.daysAsText > 0)
    log.feed(
      'info',
      'day-as-text',
      `${survey.daysAsText} records write the day as text ("1"); read as numbers.`,
      survey.daysAsText,
    );

  const signs = survey.signs();
  const givenSource = givenSourceName(options);
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
  const profile = chooseFellowship(
    options,
    signs.map((sign) => sign.fellowship),
    source,
    log,
  );
  const detected: MeetingGuideDetection = {
    container,
    extendedJson,
    dayNumbering: decision.numbering,
    fellowship: profile.profile.name,
    fellowshipFrom: profile.from,
    source,
  };

  let feedZone: string | undefined;
  let most = 0;
  for (const [zone, count] of survey.zones) {
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
    idPrefix: `${slugify(source) || 'meeting-guide'}-`,
    sourceUrl,
    importedAt: (options.now ?? new Date()).toISOString(),
    slugs: new Set(),
    addresses: new Map(),
    webUrls: new WebUrlReader(),
    tally: { twelveHour: 0, coordinatesAsText: 0, typesAsText: 0, updatedAsText: 0 },
  };
  return { ctx, detected };
}

/**
 * The second pass: turns each record, in feed order, into a meeting, or logs why not.
 * Holds only the first record of each slug the survey saw more than once, to spot exact repeats.
 */
export class RecordConverter {
  /** Meetings made so far. */
  imported = 0;
  private readonly firstBySlug = new Map<string, { index: number; json: string }>();

  constructor(
    private readonly ctx: FeedContext,
    private readonly repeatedSlugs: ReadonlySet<string>,
    private readonly validate: boolean,
  ) {}

  /** The meeting of the record at `index`, or undefined when it was skipped (with an error issue). */
  convert(record: unknown, index: number): Meeting | undefined {
    const { log } = this.ctx;
    if (!isRecord(record)) {
      log.record(
        index,
        undefined,
        '',
        'error',
        'not-an-object',
        `The record is ${record === null ? 'null' : typeof record}, not a meeting; skipped.`,
      );
      return undefined;
    }
    const slug = readText(record.slug);
    if (slug !== undefined && this.repeatedSlugs.has(slug)) {
      const json = JSON.stringify(record);
      const first = this.firstBySlug.get(slug);
      if (first === undefined) this.firstBySlug.set(slug, { index, json });
      else if (first.json === json) {
        log.record(
          index,
          slug,
          '',
          'error',
          'duplicate-record',
          `The record repeats record ${first.index} exactly; skipped.`,
        );
        return undefined;
      }
    }
    const meeting = readRecord(record, readDays(record.day), index, this.ctx);
    if (!meeting) return undefined;
    if (this.validate) {
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
        return undefined;
      }
    }
    this.imported++;
    return meeting;
  }
}

/** The report of a feed read to the end: the conventions tallied on the way, counts and issues. */
export function finishReport(
  prepared: PreparedFeed,
  records: number,
  imported: number,
): MeetingGuideImportReport {
  const { log, tally } = prepared.ctx;
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
    status: 'ok',
    detected: prepared.detected,
    counts: log.counts(records, imported),
    issues: log.issues,
  };
}

function chooseFellowship(
  options: MeetingGuideImportOptions,
  signs: readonly (FellowshipProfile | undefined)[],
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
