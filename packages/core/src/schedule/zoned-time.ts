/**
 * Wall-clock time in an IANA zone, computed with `Intl` alone. Formatters are cached
 * per zone because a matcher converts times for thousands of resources per request.
 */

/** A local calendar date and wall-clock time; fields overflow like `Date.UTC` (day 32 → next month). */
export interface ZonedDateTimeInput {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

/** A UTC instant seen on the wall clock of a zone. */
export interface ZonedParts {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Offset from UTC in minutes at that instant (e.g. −240 for EDT). */
  offsetMinutes: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Wall-clock fields of `epochMs` in `timeZone`, as if they were a UTC time (ms). */
function wallClockAsUtcMs(epochMs: number, timeZone: string): number {
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of partsFormatter(timeZone).formatToParts(epochMs)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        // Some engines still print midnight as "24" despite h23.
        hour = Number(part.value) % 24;
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        bc = part.value === 'BC' || part.value === 'B';
        break;
      default:
        break;
    }
  }
  const date = new Date(0);
  date.setUTCFullYear(bc ? 1 - year : year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** Offset of `timeZone` from UTC at `epochMs`, in ms (whole seconds). */
function offsetMs(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return wallClockAsUtcMs(wholeSecond, timeZone) - wholeSecond;
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (−240 for New York in summer). */
export function timeZoneOffsetMinutes(instant: Date, timeZone: string): number {
  return Math.round(offsetMs(instant.getTime(), timeZone) / MINUTE_MS);
}

/** The wall-clock date, time and weekday of a UTC instant in `timeZone`. */
export function utcToZonedParts(instant: Date, timeZone: string): ZonedParts {
  const epochMs = instant.getTime();
  const offset = offsetMs(epochMs, timeZone);
  const local = new Date(epochMs + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: local.getUTCDay(),
    offsetMinutes: Math.round(offset / MINUTE_MS),
  };
}

function localAsUtcMs(parts: ZonedDateTimeInput): number {
  const date = new Date(0);
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  date.setUTCHours(parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0, 0);
  return date.getTime();
}

/**
 * The UTC instant at which the wall clock in `timeZone` shows `parts`.
 *
 * A time skipped by a spring-forward change (02:30 on the US change day) moves
 * forward by the length of the gap (to 03:30), as Temporal's "compatible" mode does;
 * a time repeated by a fall-back change (01:30 on the US change day) resolves to the
 * first of the two instants.
 */
export function zonedTimeToUtc(parts: ZonedDateTimeInput, timeZone: string): Date {
  const local = localAsUtcMs(parts);
  // Real zones change offset at most once within two days, so the offsets a day
  // either side bracket every candidate.
  const before = offsetMs(local - DAY_MS, timeZone);
  const after = offsetMs(local + DAY_MS, timeZone);
  if (before === after) {
    const guess = local - before;
    if (offsetMs(guess, timeZone) === before) return new Date(guess);
    // An offset change and its reversal within two days: resolve at the guess itself.
    return new Date(local - offsetMs(guess, timeZone));
  }
  const withBefore = local - before;
  const withAfter = local - after;
  const beforeFits = offsetMs(withBefore, timeZone) === before;
  const afterFits = offsetMs(withAfter, timeZone) === after;
  if (beforeFits && afterFits) return new Date(Math.min(withBefore, withAfter));
  if (beforeFits) return new Date(withBefore);
  if (afterFits) return new Date(withAfter);
  // In the gap: reading the wall time with the offset in force before the change
  // lands the same distance past the change.
  return new Date(withBefore);
}

/** Adds whole calendar days to a local date, returning the normalised date. */
export function addLocalDays(
  date: { year: number; month: number; day: number },
  days: number,
): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day + days);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

/** "YYYY-MM-DD" of a local date, for comparing with ISO validity bounds. */
export function isoLocalDate(date: { year: number; month: number; day: number }): string {
  const y = String(date.year).padStart(4, '0');
  const m = String(date.month).padStart(2, '0');
  const d = String(date.day).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Parses "YYYY-MM-DD" into its numeric fields. */
export function parseIsoLocalDate(iso: string): { year: number; month: number; day: number } {
  const [y, m, d] = iso.split('-');
  return { year: Number(y), month: Number(m), day: Number(d) };
}

/** Parses "HH:MM" (including "24:00") into minutes since local midnight. */
export function parseLocalTime(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}
