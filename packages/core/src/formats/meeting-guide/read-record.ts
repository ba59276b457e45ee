import type { ContactChannel } from '../../model/contact.js';
import type { Location } from '../../model/location.js';
import type { OnlineJoin } from '../../model/online-join.js';
import type { Provenance, ResourceStatus } from '../../model/provenance.js';
import type { Meeting, MeetingAccess } from '../../model/resource-kinds.js';
import type { Schedule, WeeklySlot } from '../../schedule/schedule-schema.js';
import type { AccessibilityFeature } from '../../vocab/accessibility.js';
import type { Approach } from '../../vocab/approaches.js';
import type { AttendanceMode } from '../../vocab/attendance.js';
import type { Audience } from '../../vocab/audiences.js';
import type { Concern } from '../../vocab/concerns.js';
import { countryCode, countryOfRegion, parseAddress } from './address.js';
import { readConference } from './conference.js';
import { readCoordinates } from './coordinates.js';
import { type RawDays, readClock, toSpecDay } from './day-time.js';
import type { FellowshipProfile } from './fellowships.js';
import type { DayNumbering, IssueLog, IssueSeverity, MeetingGuideIssueCode } from './import-report.js';
import { guessTimeZone } from './region-time-zones.js';
import { typeCodeByName, typeCodeInfo } from './type-codes.js';
import {
  clip,
  fitSlug,
  isEmail,
  isKnownTimeZone,
  isLanguageTag,
  isPhoneNumber,
  readText,
  shortHash,
  slugify,
  toWebUrl,
} from './values.js';

/** What every record of one feed shares while it is read. */
export interface FeedContext {
  log: IssueLog;
  profile: FellowshipProfile;
  numbering: DayNumbering;
  /** The zone given by the caller for records without one. */
  defaultZone: string | undefined;
  /** The zone most records of the feed name, a last resort for the rest. */
  feedZone: string | undefined;
  source: string;
  sourceId: string;
  sourceUrl: string | undefined;
  importedAt: string;
  /** Model slugs given so far, to keep them unique. */
  slugs: Set<string>;
  /** Feed-wide tallies of conventions, reported once. */
  tally: { twelveHour: number; coordinatesAsText: number; typesAsText: number; updatedAsText: number };
}

const MAX_NAME = 300;
const MAX_DESCRIPTION = 5000;
const MAX_TAG = 120;
const MAX_CODE = 20;
const MAX_AREAS = 10;
const MAX_POSTAL = 16;
const MAX_DURATION = 7 * 24 * 60;
const SPEC_UPDATED = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
const ISO_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const US_UPDATED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const TYPE_SEPARATORS = /[,;|]/;
const TYPE_BRACKETS = /^[[\s"']+|[\]\s"']+$/g;
const TYPE_QUOTES = /^["'\s]+|["'\s]+$/g;
const WHITESPACE = /\s+/;

/** Logs issues against one record; a class rather than a closure, so nothing is built per call. */
class RecordIssues {
  constructor(
    private readonly log: IssueLog,
    private readonly index: number,
    private readonly slug: string | undefined,
  ) {}

  add(path: string, severity: IssueSeverity, code: MeetingGuideIssueCode, message: string): void {
    this.log.record(this.index, this.slug, path, severity, code, message);
  }
}

/**
 * Reads one feed record into a meeting, or undefined (with an error in the log) when it
 * cannot be one. Every value dropped, fixed or guessed is logged against the record.
 */
export function readRecord(
  raw: Record<string, unknown>,
  rawDays: RawDays | undefined,
  index: number,
  ctx: FeedContext,
): Meeting | undefined {
  const feedSlug = readText(raw.slug);
  const feedId = readText(raw.id) ?? readText(raw._id);
  const say = new RecordIssues(ctx.log, index, feedSlug ?? feedId);

  let name = readText(raw.name);
  if (name === undefined) {
    const group = readText(raw.group);
    if (group === undefined) {
      say.add(
        'name',
        'error',
        'name-missing',
        'The record has no name (nor a group name to use instead); it was skipped.',
      );
      return undefined;
    }
    name = group;
    say.add(
      'name',
      'warning',
      'name-from-group',
      `The record has no name; the group name "${group}" is used.`,
    );
  }
  if (name.length > MAX_NAME) {
    name = clip(name, MAX_NAME);
    say.add('name', 'warning', 'text-truncated', `The name was cut to ${MAX_NAME} characters.`);
  }

  const slug = modelSlug(feedSlug, feedId, name, raw, ctx, say);
  const codes = readTypes(raw.types, ctx, say);
  const location = readLocation(raw, ctx, say);
  const conference = readConference(
    readText(raw.conference_url),
    readText(raw.conference_phone),
    readText(raw.conference_url_notes),
    readText(raw.conference_phone_notes),
  );
  if (conference.invalidUrl !== undefined) {
    say.add(
      'conference_url',
      'warning',
      'conference-url-invalid',
      `"${conference.invalidUrl}" is not a web address (http or https); it was left out.`,
    );
  }
  if (conference.invalidPhone !== undefined) {
    say.add(
      'conference_phone',
      'warning',
      'conference-phone-invalid',
      `"${conference.invalidPhone}" has no number to dial; it was left out.`,
    );
  }
  if (conference.shortenedPhone !== undefined && conference.join?.phone !== undefined) {
    say.add(
      'conference_phone',
      'info',
      'conference-phone-shortened',
      `The dial-in "${conference.shortenedPhone}" is longer than 40 characters; kept as "${conference.join.phone}".`,
    );
  }
  const { attendance, status } = readAttendance(raw, codes, location, conference.join, say);
  const schedule = readSchedule(raw, rawDays, location, ctx, say);

  const languages = [...codes.languages];
  if (Array.isArray(raw.languages)) {
    raw.languages.forEach((tag, i) => {
      if (typeof tag === 'string' && isLanguageTag(tag.trim())) languages.push(tag.trim());
      else
        say.add(
          `languages[${i}]`,
          'warning',
          'language-invalid',
          `${JSON.stringify(tag)} is not a language tag; left out.`,
        );
    });
  }

  const provenance: Provenance = { source: ctx.source, importedAt: ctx.importedAt };
  const listing = readText(raw.url);
  const listingUrl = listing === undefined ? undefined : toWebUrl(listing);
  if (listing !== undefined && listingUrl === undefined) {
    say.add(
      'url',
      'warning',
      'listing-url-invalid',
      `"${listing}" is not a web address; the feed's address is kept instead.`,
    );
  }
  const sourceUrl = listingUrl ?? ctx.sourceUrl;
  if (sourceUrl !== undefined) provenance.sourceUrl = sourceUrl;
  const externalId = feedSlug ?? feedId;
  if (externalId !== undefined) provenance.externalId = externalId;
  const updated = readUpdated(raw.updated ?? raw.updatedAt, ctx, say);
  if (updated !== undefined) provenance.sourceUpdatedAt = updated;

  const meeting: Meeting = {
    kind: 'meeting',
    id: fitSlug(`${ctx.sourceId}-${slug}`, 120),
    slug,
    name,
    circles: [ctx.profile.circle],
    serves: ctx.profile.serves,
    fellowship: ctx.profile.name,
    concerns: unique([...ctx.profile.concerns, ...codes.concerns]),
    approaches: unique([...ctx.profile.approaches, ...codes.approaches]),
    audiences: unique(codes.audiences),
    languages: unique(languages),
    attendance,
    cost: [],
    accessibility: unique(codes.accessibility),
    contact: readContacts(raw, say),
    provenance,
    verification: { verifiedAt: null },
    status,
    tags: unique(codes.tags),
    meetingAccess: codes.meetingAccess,
    typeCodes: unique(codes.typeCodes),
  };
  const notes = readText(raw.notes);
  if (notes !== undefined) {
    meeting.description = clip(notes, MAX_DESCRIPTION);
    if (notes.length > MAX_DESCRIPTION)
      say.add('notes', 'warning', 'text-truncated', `The notes were cut to ${MAX_DESCRIPTION} characters.`);
  }
  const group = readText(raw.group);
  if (group !== undefined && group !== name) meeting.groupName = group;
  if (location) meeting.location = location;
  if (schedule) meeting.schedule = schedule;
  if (conference.join) meeting.online = conference.join;
  return meeting;
}

function unique<T>(values: readonly T[]): T[] {
  // The lists are short: a scan beats building a Set.
  const out: T[] = [];
  for (const value of values) if (!out.includes(value)) out.push(value);
  return out;
}

/** The record's slug in the model: the feed's slug made URL-safe, unique within the import. */
function modelSlug(
  feedSlug: string | undefined,
  feedId: string | undefined,
  name: string,
  raw: Record<string, unknown>,
  ctx: FeedContext,
  say: RecordIssues,
): string {
  let base: string;
  if (feedSlug !== undefined) {
    base = slugify(feedSlug);
    if (base !== feedSlug) {
      say.add(
        'slug',
        'info',
        'slug-normalized',
        `The slug "${feedSlug}" was written as "${base || '(empty)'}" for our links; the original is kept as the external id.`,
      );
    }
  } else {
    const from = feedId ?? `${name} ${String(raw.day ?? '')} ${String(raw.time ?? '')}`;
    base = slugify(from);
    say.add(
      'slug',
      'warning',
      'slug-missing',
      `The record has no slug; "${base}" was made from its ${feedId ? 'id' : 'name, day and time'}.`,
    );
  }
  if (base === '') base = shortHash(feedSlug ?? name);
  // Leave room for the source prefix of the id and a uniqueness suffix.
  base = fitSlug(base, 100);
  let slug = base;
  for (let n = 2; ctx.slugs.has(slug); n++) slug = `${base}-${n}`;
  if (slug !== base) {
    say.add(
      'slug',
      'warning',
      'slug-duplicate',
      `Another record already has the slug "${base}"; this one became "${slug}".`,
    );
  }
  ctx.slugs.add(slug);
  return slug;
}

/** What a record's type codes say. */
interface CodesRead {
  typeCodes: string[];
  tags: string[];
  meetingAccess: MeetingAccess;
  audiences: Audience[];
  languages: string[];
  accessibility: AccessibilityFeature[];
  approaches: Approach[];
  concerns: Concern[];
  online: boolean;
  locationClosed: boolean;
}

function splitTypes(text: string): string[] {
  const inner = text.replace(TYPE_BRACKETS, '');
  if (TYPE_SEPARATORS.test(inner))
    return inner.split(TYPE_SEPARATORS).map((part) => part.replace(TYPE_QUOTES, ''));
  const words = inner.split(WHITESPACE);
  // "O D BE" lists codes; "Big Book" is one name.
  if (words.length > 1 && words.every((word) => typeCodeInfo(word) !== undefined)) return words;
  return [inner];
}

function readTypes(value: unknown, ctx: FeedContext, say: RecordIssues): CodesRead {
  const read: CodesRead = {
    typeCodes: [],
    tags: [],
    meetingAccess: 'unknown',
    audiences: [],
    languages: [],
    accessibility: [],
    approaches: [],
    concerns: [],
    online: false,
    locationClosed: false,
  };
  if (value === undefined || value === null) return read;
  let entries: unknown[];
  if (Array.isArray(value)) entries = value;
  else if (typeof value === 'string') {
    entries = splitTypes(value);
    ctx.tally.typesAsText++;
  } else {
    say.add(
      'types',
      'warning',
      'types-invalid',
      `The types are ${typeof value}, not a list of codes; left out.`,
    );
    return read;
  }
  let sawOpen = false;
  let sawClosed = false;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (typeof entry !== 'string') {
      say.add(
        `types[${i}]`,
        'warning',
        'types-invalid',
        `${JSON.stringify(entry)} is not a type code; left out.`,
      );
      continue;
    }
    const written = entry.trim();
    if (written === '') continue;
    let code = written;
    let info = typeCodeInfo(code);
    if (!info) {
      const named = typeCodeByName(written);
      if (named !== undefined) {
        code = named;
        info = typeCodeInfo(named);
      }
    }
    if (!info) {
      const upper = written.toUpperCase();
      const hint = upper !== written && typeCodeInfo(upper) ? ` (did the feed mean "${upper}"?)` : '';
      read.tags.push(clip(written, MAX_TAG));
      if (written.length <= MAX_CODE) read.typeCodes.push(written);
      say.add(
        `types[${i}]`,
        'warning',
        'type-code-unknown',
        `"${written}" is not a Meeting Guide type code${hint}; kept as a tag.`,
      );
      continue;
    }
    read.typeCodes.push(code);
    if (info.origin === 'proposed') {
      say.add(
        `types[${i}]`,
        'info',
        'type-code-proposed',
        `"${code}" (${info.name}) is only a proposed Meeting Guide code; read all the same.`,
      );
    } else if (info.origin === 'common') {
      read.tags.push(code);
      say.add(
        `types[${i}]`,
        'info',
        'type-code-online',
        `"${code}" is not in the spec; kept as a tag and read as "held online".`,
      );
    }
    for (const effect of info.effects) {
      switch (effect.field) {
        case 'meetingAccess':
          if (effect.value === 'open') sawOpen = true;
          else sawClosed = true;
          break;
        case 'audiences':
          read.audiences.push(effect.value);
          break;
        case 'languages':
          read.languages.push(effect.value);
          break;
        case 'accessibility':
          read.accessibility.push(effect.value);
          break;
        case 'approaches':
          read.approaches.push(effect.value);
          break;
        case 'concerns':
          read.concerns.push(effect.value);
          break;
        case 'attendance':
          if (effect.value === 'online') read.online = true;
          else read.locationClosed = true;
          break;
      }
    }
  }
  if (sawOpen && sawClosed) {
    read.meetingAccess = 'closed';
    say.add(
      'types',
      'warning',
      'access-conflict',
      'The types say both open (O) and closed (C); read as closed, the safer reading for visitors.',
    );
  } else if (sawOpen) read.meetingAccess = 'open';
  else if (sawClosed) read.meetingAccess = 'closed';
  return read;
}

function readLocation(
  raw: Record<string, unknown>,
  ctx: FeedContext,
  say: RecordIssues,
): Location | undefined {
  let formatted = readText(raw.formatted_address);
  let street = readText(raw.address);
  const city = readText(raw.city);
  // Some feeds put the whole one-line address in `address`.
  if (street?.includes(',') && city === undefined && formatted === undefined) {
    formatted = street;
    street = undefined;
  }
  const parsed = formatted === undefined ? {} : parseAddress(formatted);
  const location: Location = { precision: 'exact' };
  const venue = readText(raw.location);
  if (venue !== undefined) location.name = venue;
  const streetValue = street ?? parsed.street;
  if (streetValue !== undefined) location.street = streetValue;
  const cityValue = city ?? parsed.city;
  if (cityValue !== undefined) location.city = cityValue;
  const region = readText(raw.state) ?? readText(raw.province) ?? parsed.region;
  if (region !== undefined) location.region = region;
  const postal = readText(raw.postal_code) ?? readText(raw.zip) ?? parsed.postalCode;
  if (postal !== undefined) {
    if (postal.length <= MAX_POSTAL) location.postalCode = postal;
    else
      say.add(
        'postal_code',
        'warning',
        'text-truncated',
        `"${postal}" is too long for a postal code; left out.`,
      );
  }
  const writtenCountry = readText(raw.country);
  const country =
    (writtenCountry === undefined ? undefined : countryCode(writtenCountry)) ??
    parsed.country ??
    (region === undefined ? undefined : countryOfRegion(region));
  if (country !== undefined) location.country = country;
  const notes = readText(raw.location_notes);
  if (notes !== undefined) location.notes = notes;
  const areas = readAreas(raw);
  if (areas.length > 0) location.areas = areas;
  if (raw.approximate === 'yes' || raw.approximate === true) location.precision = 'approximate';

  const coordinates = readCoordinates(raw.latitude ?? raw.lat, raw.longitude ?? raw.lng ?? raw.lon, country);
  switch (coordinates.kind) {
    case 'none':
      break;
    case 'ok':
      location.coordinates = coordinates.point;
      break;
    case 'fixed':
      location.coordinates = coordinates.point;
      say.add(
        'latitude',
        'warning',
        coordinates.defect,
        coordinates.defect === 'coordinates-swapped'
          ? `Latitude and longitude were swapped (${coordinates.given.lat}, ${coordinates.given.lng}); swapped back.`
          : `The longitude ${coordinates.given.lng} lacked its minus sign for a place in ${country}; fixed.`,
      );
      break;
    case 'kept-outside-country':
      location.coordinates = coordinates.point;
      say.add(
        'latitude',
        'warning',
        'coordinates-outside-country',
        `The point ${coordinates.point.lat}, ${coordinates.point.lng} is outside ${coordinates.country}, the address's country; kept, please check it.`,
      );
      break;
    case 'dropped':
      say.add(
        'latitude',
        'warning',
        coordinates.defect,
        coordinates.defect === 'coordinates-null-island'
          ? `The point (${coordinates.given}) is 0, 0, the mark of a failed geocode; left out.`
          : coordinates.defect === 'coordinates-partial'
            ? `Only one of latitude and longitude is given (${coordinates.given}); left out.`
            : `"${coordinates.given}" is not a point on Earth; left out.`,
      );
      break;
  }
  if (coordinates.kind !== 'none' && coordinates.kind !== 'dropped' && coordinates.asText)
    ctx.tally.coordinatesAsText++;
  const keys = Object.keys(location);
  return keys.length === 1 ? undefined : location;
}

function readAreas(raw: Record<string, unknown>): string[] {
  const areas: string[] = [];
  if (Array.isArray(raw.regions)) {
    for (const item of raw.regions) {
      const text = readText(item);
      if (text !== undefined) areas.push(clip(text, MAX_TAG));
    }
  }
  if (areas.length === 0) {
    for (const item of [raw.region, raw.sub_region]) {
      const text = readText(item);
      if (text !== undefined) areas.push(clip(text, MAX_TAG));
    }
  }
  return areas.length > MAX_AREAS ? areas.slice(0, MAX_AREAS) : areas;
}

/**
 * How a meeting is joined from afar: `online` with a link; nothing more for a dial-in
 * alone (`phone` is added for every dial-in); `online` when the feed says so (an option or
 * ONL) but gives no way in, which is reported.
 */
function remoteModes(join: OnlineJoin | undefined): AttendanceMode[] {
  if (join?.url !== undefined) return ['online'];
  return join?.phone !== undefined ? [] : ['online'];
}

/** How a record without an attendance option is attended, as TSML works it out. */
function inferAttendance(
  codes: CodesRead,
  location: Location | undefined,
  join: OnlineJoin | undefined,
): AttendanceMode[] {
  const remote = join !== undefined || codes.online;
  const inPerson = location?.street !== undefined && !codes.locationClosed;
  if (remote && inPerson) return ['in-person', ...remoteModes(join), 'hybrid'];
  if (remote) return remoteModes(join);
  if (inPerson) return ['in-person'];
  return [];
}

function readAttendance(
  raw: Record<string, unknown>,
  codes: CodesRead,
  location: Location | undefined,
  join: OnlineJoin | undefined,
  say: RecordIssues,
): { attendance: AttendanceMode[]; status: ResourceStatus } {
  const option = readText(raw.attendance_option)?.toLowerCase().replace('-', '_');
  let status: ResourceStatus = 'active';
  let modes: AttendanceMode[];
  switch (option) {
    case 'in_person':
      modes = ['in-person'];
      break;
    case 'hybrid':
      modes = ['in-person', ...remoteModes(join), 'hybrid'];
      break;
    case 'online':
      modes = remoteModes(join);
      break;
    default: {
      if (option === 'inactive') {
        status = 'inactive';
        say.add(
          'attendance_option',
          'info',
          'inactive',
          'The feed marks the meeting inactive; imported as inactive, so it is never matched.',
        );
      } else if (option !== undefined) {
        say.add(
          'attendance_option',
          'warning',
          'attendance-option-unknown',
          `"${option}" is not an attendance option (in_person, hybrid, online, inactive); worked out from the record instead.`,
        );
      }
      modes = inferAttendance(codes, location, join);
      if (option === undefined && (modes.length > 0 || join !== undefined)) {
        const read = join?.phone !== undefined && !modes.includes('phone') ? [...modes, 'phone'] : modes;
        say.add(
          'attendance_option',
          'info',
          'attendance-inferred',
          `No attendance option; read as ${read.join(' + ')} from the ${describeEvidence(join, codes, location)}.`,
        );
      }
    }
  }
  if (codes.locationClosed) {
    if (join !== undefined) {
      modes = modes.filter((mode) => mode !== 'in-person' && mode !== 'hybrid');
      if (!modes.includes('online') && join.url !== undefined) modes.push('online');
      say.add(
        'types',
        'info',
        'location-temporarily-closed',
        'TC: the venue is closed for now and the meeting meets online only.',
      );
    } else if (status === 'active') {
      status = 'temporarily-closed';
      say.add(
        'types',
        'info',
        'temporarily-closed',
        'TC with no way to join online: the meeting is temporarily closed.',
      );
    }
  }
  if (join?.phone !== undefined && !modes.includes('phone')) modes.push('phone');
  if (modes.includes('online') && join === undefined) {
    say.add(
      'conference_url',
      'warning',
      'online-without-link',
      'The meeting is held online but the feed gives no link or dial-in.',
    );
  }
  return { attendance: modes, status };
}

function describeEvidence(
  join: OnlineJoin | undefined,
  codes: CodesRead,
  location: Location | undefined,
): string {
  const evidence: string[] = [];
  if (join?.url !== undefined) evidence.push('conference link');
  else if (join?.phone !== undefined) evidence.push('dial-in');
  if (codes.online) evidence.push('ONL code');
  if (location?.street !== undefined)
    evidence.push(codes.locationClosed ? 'street address (venue closed, TC)' : 'street address');
  return evidence.join(' and ');
}

function readSchedule(
  raw: Record<string, unknown>,
  rawDays: RawDays | undefined,
  location: Location | undefined,
  ctx: FeedContext,
  say: RecordIssues,
): Schedule | undefined {
  const timeText = readText(raw.time);
  const zoneText = readText(raw.timezone);
  let zone: string | undefined;
  if (zoneText !== undefined) {
    if (isKnownTimeZone(zoneText)) zone = zoneText;
    else say.add('timezone', 'warning', 'time-zone-invalid', `"${zoneText}" is not an IANA time zone.`);
  }
  zone ??= ctx.defaultZone;

  if (rawDays === undefined) {
    if (timeText !== undefined) {
      say.add(
        'day',
        'warning',
        'day-missing',
        `The record has a time (${timeText}) but no day; read as by appointment, as the spec says.`,
      );
    } else say.add('day', 'info', 'by-appointment', 'No day or time: by appointment, as the spec says.');
    return zone === undefined ? { type: 'by-appointment' } : { type: 'by-appointment', timeZone: zone };
  }

  const days: number[] = [];
  for (const { value } of rawDays.numbers) {
    const day = toSpecDay(value, ctx.numbering);
    if (day === 'invalid')
      say.add(
        'day',
        'warning',
        'day-invalid',
        `${value} is not a day of the week in this feed's numbering; left out.`,
      );
    else if (day === 'zero-in-1-7') {
      say.add(
        'day',
        'warning',
        'day-zero-in-1-7-feed',
        'Day 0 in a feed that numbers days 1–7; read as Sunday.',
      );
      days.push(0);
    } else days.push(day);
  }
  for (const value of rawDays.invalid) {
    say.add('day', 'warning', 'day-invalid', `${JSON.stringify(value)} is not a day of the week; left out.`);
  }
  const start = timeText === undefined ? undefined : readClock(timeText);
  if (timeText === undefined)
    say.add(
      'time',
      'warning',
      'time-missing',
      'The record has a day but no time; imported without a schedule.',
    );
  else if (start === undefined)
    say.add(
      'time',
      'warning',
      'time-invalid',
      `"${timeText}" is not a time of day; imported without a schedule.`,
    );
  else if (start.twelveHour) ctx.tally.twelveHour++;
  if (days.length === 0 || start === undefined) return undefined;

  const slotExtra: Partial<WeeklySlot> = {};
  const endText = readText(raw.end_time);
  if (endText !== undefined) {
    const end = readClock(endText, true);
    if (end === undefined)
      say.add('end_time', 'warning', 'end-time-invalid', `"${endText}" is not a time of day; left out.`);
    else if (end.time === start.time)
      say.add(
        'end_time',
        'warning',
        'end-time-equals-start',
        `The end time equals the start time (${end.time}); left out.`,
      );
    else slotExtra.end = end.time;
  }
  if (raw.duration !== undefined && raw.duration !== null && raw.duration !== '') {
    const minutes = Number(raw.duration);
    if (Number.isInteger(minutes) && minutes > 0 && minutes <= MAX_DURATION)
      slotExtra.durationMinutes = minutes;
    else
      say.add(
        'duration',
        'warning',
        'duration-invalid',
        `${JSON.stringify(raw.duration)} is not a length in minutes; left out.`,
      );
  }

  if (zone === undefined) {
    const guessed = guessTimeZone(location?.country, location?.region);
    if (guessed !== undefined) {
      zone = guessed;
      say.add(
        'timezone',
        'warning',
        'time-zone-guessed',
        `No time zone; guessed ${guessed} from the address (${[location?.region, location?.country].filter(Boolean).join(', ')}). Pass the timeZone option to be sure.`,
      );
    } else if (ctx.feedZone !== undefined) {
      zone = ctx.feedZone;
      say.add(
        'timezone',
        'warning',
        'time-zone-guessed',
        `No time zone; guessed ${ctx.feedZone}, the zone of most meetings in this feed.`,
      );
    } else {
      say.add(
        'timezone',
        'warning',
        'time-zone-missing',
        'No time zone in the record, the import options or the address; imported without a schedule. Pass the timeZone option.',
      );
      return undefined;
    }
  }
  const slots: WeeklySlot[] = [];
  for (const day of unique(days)) slots.push({ day, start: start.time, ...slotExtra });
  return { type: 'weekly', slots, timeZone: zone };
}

const CONTACT_NUMBERS = [1, 2, 3] as const;

function addContact(contacts: ContactChannel[], channel: ContactChannel, key: string): void {
  for (const existing of contacts) {
    const existingKey =
      existing.type === 'email'
        ? existing.address.toLowerCase()
        : existing.type === 'phone'
          ? existing.number
          : '';
    if (existingKey === key) return;
  }
  contacts.push(channel);
}

function readEmail(
  raw: Record<string, unknown>,
  field: string,
  label: string | undefined,
  contacts: ContactChannel[],
  say: RecordIssues,
): void {
  const value = readText(raw[field]);
  if (value === undefined) return;
  if (!isEmail(value)) {
    say.add(field, 'warning', 'contact-invalid', `"${value}" is not an email address; left out.`);
    return;
  }
  const channel: ContactChannel =
    label === undefined ? { type: 'email', address: value } : { type: 'email', address: value, label };
  addContact(contacts, channel, value.toLowerCase());
}

function readPhone(
  raw: Record<string, unknown>,
  field: string,
  label: string | undefined,
  contacts: ContactChannel[],
  say: RecordIssues,
): void {
  const value = readText(raw[field]);
  if (value === undefined) return;
  if (!isPhoneNumber(value)) {
    say.add(field, 'warning', 'contact-invalid', `"${value}" is not a phone number; left out.`);
    return;
  }
  const channel: ContactChannel =
    label === undefined ? { type: 'phone', number: value } : { type: 'phone', number: value, label };
  addContact(contacts, channel, value);
}

function readContacts(raw: Record<string, unknown>, say: RecordIssues): ContactChannel[] {
  const contacts: ContactChannel[] = [];
  readEmail(raw, 'email', undefined, contacts, say);
  readPhone(raw, 'phone', undefined, contacts, say);
  for (const n of CONTACT_NUMBERS) {
    if (raw[`contact_${n}_email`] === undefined && raw[`contact_${n}_phone`] === undefined) continue;
    const label = readText(raw[`contact_${n}_name`]);
    readEmail(raw, `contact_${n}_email`, label, contacts, say);
    readPhone(raw, `contact_${n}_phone`, label, contacts, say);
  }
  const website = readText(raw.website);
  if (website !== undefined) {
    const url = toWebUrl(website);
    if (url === undefined)
      say.add('website', 'warning', 'contact-invalid', `"${website}" is not a web address; left out.`);
    else contacts.push({ type: 'website', url });
  }
  return contacts;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** An ISO date-time in UTC from its parts, or undefined when they name no real moment. */
function utcStamp(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): string | undefined {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}.000Z`;
}

/** The feed's `updated` as an ISO date-time (UTC, as the spec says), or undefined. */
function readUpdated(value: unknown, ctx: FeedContext, say: RecordIssues): string | undefined {
  const text = readText(value);
  if (text === undefined) return undefined;
  let iso: string | undefined;
  const spec = SPEC_UPDATED.exec(text);
  if (spec) {
    iso = utcStamp(
      Number(spec[1]),
      Number(spec[2]),
      Number(spec[3]),
      Number(spec[4]),
      Number(spec[5]),
      Number(spec[6] ?? 0),
    );
  } else {
    const us = US_UPDATED.exec(text);
    if (us) {
      let hour = Number(us[4] ?? 0);
      const meridiem = us[7]?.toLowerCase();
      if (meridiem === 'am' && hour === 12) hour = 0;
      else if (meridiem === 'pm' && hour !== 12) hour += 12;
      iso = utcStamp(
        Number(us[3]),
        Number(us[1]),
        Number(us[2]),
        hour,
        Number(us[5] ?? 0),
        Number(us[6] ?? 0),
      );
      ctx.tally.updatedAsText++;
    } else if (ISO_STAMP.test(text)) {
      const date = new Date(text);
      if (!Number.isNaN(date.getTime())) iso = date.toISOString();
    }
  }
  if (iso === undefined)
    say.add('updated', 'warning', 'updated-invalid', `"${text}" is not a date and time; left out.`);
  return iso;
}
