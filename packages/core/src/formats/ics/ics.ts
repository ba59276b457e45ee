import { publicView, type Resource } from '../../model/index.js';
import { nextOccurrences } from '../../schedule/occurrences.js';
import type { Schedule, WeeklySchedule } from '../../schedule/schedule-schema.js';
import { timeZoneOffsetMinutes, utcToZonedParts } from '../../schedule/zoned-time.js';

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** RFC 5545 TEXT escaping. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, as RFC 5545 section 3.1 requires. */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const charSize = new TextEncoder().encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + charSize > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += charSize;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function localStamp(instant: Date, timeZone: string): string {
  const p = utcToZonedParts(instant, timeZone);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** Finds the minute at which the zone's offset changes between two instants a day apart. */
function transitionBetween(from: number, to: number, timeZone: string): number {
  const before = timeZoneOffsetMinutes(new Date(from), timeZone);
  let low = from;
  let high = to;
  while (high - low > MINUTE) {
    const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (timeZoneOffsetMinutes(new Date(mid), timeZone) === before) low = mid;
    else high = mid;
  }
  return high;
}

/**
 * A VTIMEZONE with every offset change of `timeZone` in the given years, found with `Intl`,
 * so calendar apps place the meeting at the same wall-clock time after each change.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  let previous = timeZoneOffsetMinutes(new Date(start), timeZone);
  let transitions = 0;
  for (let t = start; t < end; t += DAY) {
    const next = timeZoneOffsetMinutes(new Date(t + DAY), timeZone);
    if (next === previous) continue;
    const at = transitionBetween(t, t + DAY, timeZone);
    const kind = next > previous ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART of an observance is the local time just before the change, in the old offset.
    const local = new Date(at + previous * MINUTE);
    const stamp = `${local.getUTCFullYear()}${pad(local.getUTCMonth() + 1)}${pad(local.getUTCDate())}T${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}00`;
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${stamp}`,
      `TZOFFSETFROM:${offsetText(previous)}`,
      `TZOFFSETTO:${offsetText(next)}`,
      `END:${kind}`,
    );
    previous = next;
    transitions += 1;
  }
  if (transitions === 0) {
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offsetText(previous)}`,
      `TZOFFSETTO:${offsetText(previous)}`,
      'END:STANDARD',
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function whereText(resource: Resource): string | undefined {
  const location = resource.location;
  if (!location) return undefined;
  const parts = [location.name, location.street, location.city, location.region, location.postalCode];
  const text = parts.filter((p): p is string => Boolean(p)).join(', ');
  return text || undefined;
}

export interface CalendarOptions {
  /** The instant the calendar is made at: the first event starts at the next occurrence after it. */
  now: Date;
  /** Domain used in event UIDs, e.g. the server's host name. */
  uidDomain?: string;
  /** The resource's public page, linked from each event. */
  url?: string;
}

function weeklyOf(schedule: Schedule | undefined): WeeklySchedule | undefined {
  return schedule?.type === 'weekly' ? schedule : undefined;
}

/**
 * An RFC 5545 calendar for a meeting: one weekly recurring event per slot, in the meeting's
 * own time zone with a VTIMEZONE, so it stays right across daylight-saving changes.
 * Returns undefined when the resource has no weekly schedule. Only public facts are included
 * (confidential addresses never are).
 */
export function toICalendar(resource: Resource, options: CalendarOptions): string | undefined {
  const schedule = weeklyOf(resource.schedule);
  if (!schedule) return undefined;
  const view = publicView(resource);
  const zone = schedule.timeZone;
  const year = utcToZonedParts(options.now, zone).year;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Recovery Circles//Directory//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...vtimezone(zone, year - 1, year + 2),
  ];
  const where = whereText(view);
  const description = [view.description, view.online?.url ? `Join online: ${view.online.url}` : undefined]
    .filter((p): p is string => Boolean(p))
    .join('\n');
  schedule.slots.forEach((slot, index) => {
    const single: WeeklySchedule = { ...schedule, slots: [slot] };
    const first = nextOccurrences(single, options.now, 1)[0];
    if (!first) return;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${view.id}-${index}@${options.uidDomain ?? 'recovery-circles'}`,
      `DTSTAMP:${utcStamp(options.now)}`,
      `DTSTART;TZID=${zone}:${localStamp(first.start, zone)}`,
      `DTEND;TZID=${zone}:${localStamp(first.end, zone)}`,
      `RRULE:FREQ=WEEKLY;BYDAY=${DAYS[slot.day]}${schedule.validTo ? `;UNTIL=${schedule.validTo.replace(/-/g, '')}T235959Z` : ''}`,
      `SUMMARY:${escapeText(view.name)}`,
    );
    if (where) lines.push(`LOCATION:${escapeText(where)}`);
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    const url = options.url ?? view.online?.url;
    if (url) lines.push(`URL:${url}`);
    lines.push('END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
