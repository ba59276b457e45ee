import type { Location } from '../../model/location.js';
import { publicLocation } from '../../model/public-view.js';
import type { Resource } from '../../model/resource.js';
import type { Meeting } from '../../model/resource-kinds.js';
import { exportCountry, formatAddress } from './address.js';
import type { MeetingGuideMeeting } from './meeting-guide-schema.js';
import {
  CANONICAL_TYPE_CODES,
  isTypeCode,
  MEETING_GUIDE_TYPE_CODES,
  type MeetingGuideTypeCode,
  type TypeCodeEffect,
} from './type-codes.js';
import { fitSlug } from './values.js';

/** How to write a Meeting Guide feed. */
export interface MeetingGuideExportOptions {
  /** Write inactive meetings too, with `attendance_option` "inactive" (the default), or leave them out. */
  includeInactive?: boolean;
}

const DAY_ABBREVIATIONS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const URL_SAFE = /^[A-Za-z0-9._~-]+$/;
const DIAL_CHARS = /[^0-9+,*#]/g;
const MAX_SLUG = 64;
const MAX_NAME = 255;

/** One day and time range to write. */
interface Occurrence {
  day: number;
  start: string;
  end?: string;
}

function addMinutes(time: string, minutes: number): string {
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  const total = (((hours * 60 + mins + minutes) % 1440) + 1440) % 1440;
  const h = Math.floor(total / 60);
  const m = total % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

function occurrences(meeting: Meeting): Occurrence[] {
  const schedule = meeting.schedule;
  if (schedule?.type === 'weekly') {
    return schedule.slots.map((slot) => {
      const end =
        slot.end !== undefined
          ? slot.end === '24:00'
            ? '00:00'
            : slot.end
          : slot.durationMinutes !== undefined
            ? addMinutes(slot.start, slot.durationMinutes)
            : undefined;
      return end === undefined
        ? { day: slot.day, start: slot.start }
        : { day: slot.day, start: slot.start, end };
    });
  }
  if (schedule?.type === 'opening-hours') {
    return schedule.hours.map((range) => ({
      day: range.day,
      start: range.opens,
      end: range.closes === '24:00' ? '00:00' : range.closes,
    }));
  }
  return [];
}

function has<T>(values: readonly T[], value: T): boolean {
  return values.includes(value);
}

/**
 * The official type codes for a meeting. Fields decide the codes that stand for a field
 * value (open/closed, audiences, languages, accessibility, approach, concern): a feed's own
 * code is kept while its field still holds ("G" stays "G"), and a value no kept code says
 * gets its usual code. Format codes ("B", "SP"…) come from `typeCodes` as they are.
 */
export function meetingTypeCodes(meeting: Meeting): MeetingGuideTypeCode[] {
  const codes = new Set<MeetingGuideTypeCode>();
  // Field values some written code already stands for, as "field:value".
  const said = new Set<string>();
  const closedVenue = meeting.status === 'temporarily-closed' || !has(meeting.attendance, 'in-person');
  const holds = (effect: TypeCodeEffect): boolean => {
    switch (effect.field) {
      case 'meetingAccess':
        return meeting.meetingAccess === effect.value;
      case 'audiences':
        return has(meeting.audiences, effect.value);
      case 'languages':
        return has(meeting.languages, effect.value);
      case 'accessibility':
        return has(meeting.accessibility, effect.value);
      case 'approaches':
        return has(meeting.approaches, effect.value);
      case 'concerns':
        return has(meeting.concerns, effect.value);
      case 'attendance':
        return effect.value === 'location-temporarily-closed'
          ? closedVenue
          : has(meeting.attendance, 'online');
    }
  };
  const write = (code: MeetingGuideTypeCode) => {
    codes.add(code);
    for (const effect of MEETING_GUIDE_TYPE_CODES[code].effects) said.add(`${effect.field}:${effect.value}`);
  };
  for (const code of meeting.typeCodes) {
    if (!isTypeCode(code)) continue;
    const info = MEETING_GUIDE_TYPE_CODES[code];
    if (info.origin === 'official' && info.effects.every(holds)) write(code);
  }
  if (meeting.meetingAccess === 'open') codes.add('O');
  if (meeting.meetingAccess === 'closed') codes.add('C');
  if (meeting.status === 'temporarily-closed') codes.add('TC');
  const canonical = (field: keyof typeof CANONICAL_TYPE_CODES, values: readonly string[]) => {
    const table: Readonly<Record<string, MeetingGuideTypeCode | undefined>> = CANONICAL_TYPE_CODES[field];
    for (const value of values) {
      const code = table[value];
      if (code !== undefined && !said.has(`${field}:${value}`)) write(code);
    }
  };
  canonical('audiences', meeting.audiences);
  canonical('accessibility', meeting.accessibility);
  canonical('languages', meeting.languages);
  canonical('approaches', meeting.approaches);
  canonical('concerns', meeting.concerns);
  return [...codes];
}

function attendanceOption(meeting: Meeting): MeetingGuideMeeting['attendance_option'] {
  if (meeting.status === 'inactive') return 'inactive';
  const modes = meeting.attendance;
  const remote = has(modes, 'online') || has(modes, 'phone');
  if (has(modes, 'hybrid') || (has(modes, 'in-person') && remote)) return 'hybrid';
  if (remote) return 'online';
  if (has(modes, 'in-person')) return 'in_person';
  return undefined;
}

function updatedStamp(meeting: Meeting): string | undefined {
  const stamps = [meeting.updatedAt, meeting.provenance.sourceUpdatedAt].filter(
    (stamp) => stamp !== undefined,
  );
  if (stamps.length === 0) return undefined;
  const latest = Math.max(...stamps.map((stamp) => new Date(stamp).getTime()));
  if (!Number.isFinite(latest)) return undefined;
  return new Date(latest).toISOString().slice(0, 19).replace('T', ' ');
}

function writeLocation(record: MeetingGuideMeeting, location: Location): void {
  // The public view drops a confidential place's street, venue, directions and point.
  const place = publicLocation(location);
  if (place.name !== undefined) record.location = place.name;
  if (place.notes !== undefined) record.location_notes = place.notes;
  const formatted = formatAddress(place);
  if (formatted !== undefined) record.formatted_address = formatted;
  if (place.street !== undefined) record.address = place.street;
  if (place.city !== undefined) record.city = place.city;
  if (place.region !== undefined) record.state = place.region;
  if (place.postalCode !== undefined) record.postal_code = place.postalCode;
  if (place.country !== undefined) record.country = exportCountry(place.country);
  if (place.coordinates) {
    record.latitude = place.coordinates.lat;
    record.longitude = place.coordinates.lng;
  }
  record.approximate = place.precision === 'exact' ? 'no' : 'yes';
  const areas = place.areas ?? [];
  if (areas.length > 0) {
    record.regions = [...areas];
    if (areas[0] !== undefined) record.region = areas[0];
    if (areas[1] !== undefined) record.sub_region = areas[1];
  }
}

function baseSlug(meeting: Meeting): string {
  const external = meeting.provenance.externalId;
  // The feed's own slug is its key (bookmarks, the app); only one longer than the spec allows is cut.
  if (external !== undefined && URL_SAFE.test(external)) return fitSlug(external, MAX_SLUG);
  return fitSlug(meeting.slug, MAX_SLUG);
}

function meetingRecord(meeting: Meeting): MeetingGuideMeeting {
  const record: MeetingGuideMeeting = {
    name: meeting.name.length > MAX_NAME ? meeting.name.slice(0, MAX_NAME).trimEnd() : meeting.name,
    slug: baseSlug(meeting),
    types: meetingTypeCodes(meeting),
  };
  if (meeting.description !== undefined) record.notes = meeting.description;
  if (meeting.groupName !== undefined) record.group = meeting.groupName;
  if (meeting.location) writeLocation(record, meeting.location);
  const online = meeting.online;
  if (online?.url !== undefined) {
    record.conference_url = online.url;
    if (online.notes !== undefined) record.conference_url_notes = online.notes;
  }
  if (online?.phone !== undefined) {
    const dial = online.phone.replace(DIAL_CHARS, '');
    if (dial !== '') record.conference_phone = dial;
    if (online.url === undefined && online.notes !== undefined) record.conference_phone_notes = online.notes;
  }
  const zone = meeting.schedule?.timeZone ?? meeting.location?.timeZone;
  if (zone !== undefined) record.timezone = zone;
  const option = attendanceOption(meeting);
  if (option !== undefined) record.attendance_option = option;
  const updated = updatedStamp(meeting);
  if (updated !== undefined) record.updated = updated;
  if (meeting.provenance.sourceUrl !== undefined) record.url = meeting.provenance.sourceUrl;
  for (const channel of meeting.contact) {
    if (channel.type === 'email' && record.email === undefined) record.email = channel.address;
    else if (channel.type === 'phone' && record.phone === undefined) record.phone = channel.number;
    else if (channel.type === 'website' && record.website === undefined) record.website = channel.url;
  }
  return record;
}

/**
 * Writes meetings as a Meeting Guide feed: one record per weekly slot (day 0–6, times
 * "HH:MM"), official type codes worked out from the fields, the IANA `timezone`, join
 * info, address parts and a one-line address, numeric coordinates, `updated` as UTC
 * "YYYY-MM-DD HH:MM:SS" and `attendance_option`. Resources of other kinds are left out.
 * Locations pass through `publicLocation`, so a confidential place's street, venue and
 * coordinates are never written. Slugs are the feed's own when the meeting came from one.
 */
export function exportMeetingGuide(
  resources: readonly Resource[],
  options: MeetingGuideExportOptions = {},
): MeetingGuideMeeting[] {
  const includeInactive = options.includeInactive ?? true;
  const feed: MeetingGuideMeeting[] = [];
  const slugs = new Set<string>();
  const claim = (slug: string): string => {
    let unique = slug;
    for (let n = 2; slugs.has(unique); n++) unique = fitSlug(`${slug}-${n}`, MAX_SLUG);
    slugs.add(unique);
    return unique;
  };
  for (const resource of resources) {
    if (resource.kind !== 'meeting') continue;
    if (resource.status === 'inactive' && !includeInactive) continue;
    const record = meetingRecord(resource);
    const times = occurrences(resource);
    if (times.length === 0) {
      feed.push({ ...record, slug: claim(record.slug) });
      continue;
    }
    for (const time of times) {
      const slug =
        times.length === 1
          ? record.slug
          : fitSlug(
              `${record.slug}-${DAY_ABBREVIATIONS[time.day] ?? time.day}-${time.start.replace(':', '')}`,
              MAX_SLUG,
            );
      const entry: MeetingGuideMeeting = { ...record, slug: claim(slug), day: time.day, time: time.start };
      if (time.end !== undefined) entry.end_time = time.end;
      feed.push(entry);
    }
  }
  return feed;
}
