import type { Provenance } from '../../model/provenance.js';
import type { Meeting } from '../../model/resource-kinds.js';
import { readConference } from './conference.js';
import type { RawDays } from './day-time.js';
import { readAttendance } from './read-attendance.js';
import { readContacts } from './read-contacts.js';
import { readLocation } from './read-location.js';
import { readSchedule } from './read-schedule.js';
import { readTypes } from './read-types.js';
import { readUpdated } from './read-updated.js';
import { addUnique, exact, type FeedContext, RecordIssues } from './record-context.js';
import { clip, fitSlug, isLanguageTag, readText, shortHash, slugify } from './values.js';

const MAX_NAME = 300;
const MAX_DESCRIPTION = 5000;

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
  const group = readText(raw.group);

  let name = readText(raw.name);
  if (name === undefined) {
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
    ctx.webUrls,
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

  const languages = codes.languages;
  if (Array.isArray(raw.languages)) {
    for (let i = 0; i < raw.languages.length; i++) {
      const tag: unknown = raw.languages[i];
      const trimmed = typeof tag === 'string' ? tag.trim() : undefined;
      if (trimmed !== undefined && isLanguageTag(trimmed)) addUnique(languages, trimmed);
      else
        say.add(
          `languages[${i}]`,
          'warning',
          'language-invalid',
          `${JSON.stringify(tag)} is not a language tag; left out.`,
        );
    }
  }

  const provenance: Provenance = { source: ctx.source, importedAt: ctx.importedAt };
  const listing = readText(raw.url);
  const listingUrl = listing === undefined ? undefined : ctx.webUrls.read(listing);
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
    id: fitSlug(ctx.idPrefix + slug, 120),
    slug,
    name,
    circles: [ctx.profile.circle],
    serves: ctx.profile.serves,
    fellowship: ctx.profile.name,
    concerns: codes.concerns,
    approaches: codes.approaches,
    audiences: exact(codes.audiences),
    languages: exact(languages),
    attendance,
    cost: [],
    accessibility: exact(codes.accessibility),
    contact: exact(readContacts(raw, ctx.webUrls, say)),
    provenance,
    verification: { verifiedAt: null },
    status,
    tags: exact(codes.tags),
    meetingAccess: codes.meetingAccess,
    typeCodes: exact(codes.typeCodes),
  };
  const notes = readText(raw.notes);
  if (notes !== undefined) {
    meeting.description = clip(notes, MAX_DESCRIPTION);
    if (notes.length > MAX_DESCRIPTION)
      say.add('notes', 'warning', 'text-truncated', `The notes were cut to ${MAX_DESCRIPTION} characters.`);
  }
  if (group !== undefined && group !== name) meeting.groupName = group;
  if (location) meeting.location = location;
  if (schedule) meeting.schedule = schedule;
  if (conference.join) meeting.online = conference.join;
  return meeting;
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
  if (addNew(ctx.slugs, base)) return base;
  let slug = `${base}-2`;
  for (let n = 3; !addNew(ctx.slugs, slug); n++) slug = `${base}-${n}`;
  say.add(
    'slug',
    'warning',
    'slug-duplicate',
    `Another record already has the slug "${base}"; this one became "${slug}".`,
  );
  return slug;
}

/** Adds `value` to `set` with one lookup; whether it was not there yet. */
function addNew(set: Set<string>, value: string): boolean {
  const size = set.size;
  return set.add(value).size > size;
}
