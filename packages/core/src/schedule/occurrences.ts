import type { Schedule } from './schedule-schema.js';
import {
  addLocalDays,
  isoLocalDate,
  parseIsoLocalDate,
  parseLocalTime,
  utcToZonedParts,
  zonedTimeToUtc,
} from './zoned-time.js';

/** One concrete occurrence (or opening range) as UTC instants; `end` is exclusive. */
export interface Occurrence {
  start: Date;
  end: Date;
}

/** Meeting length assumed when a weekly slot gives neither an end nor a duration. */
export const DEFAULT_MEETING_MINUTES = 60;

const MINUTE_MS = 60_000;
const DAY_MINUTES = 1440;

/** A recurring local range: starts on `day` at `startMinute`, lasts per `length`. */
interface LocalRange {
  day: number;
  startMinute: number;
  /** Local end minute counted from the start day's midnight (may exceed 1440). */
  endMinute?: number;
  /** Elapsed minutes, used when the end is a duration rather than a wall time. */
  durationMinutes?: number;
}

function rangesOf(schedule: Schedule): LocalRange[] {
  if (schedule.type === 'weekly') {
    return schedule.slots.map((slot) => {
      const startMinute = parseLocalTime(slot.start);
      if (slot.end !== undefined) {
        const end = parseLocalTime(slot.end);
        // An end at or before the start means the meeting runs past midnight.
        return { day: slot.day, startMinute, endMinute: end > startMinute ? end : end + DAY_MINUTES };
      }
      return {
        day: slot.day,
        startMinute,
        durationMinutes: slot.durationMinutes ?? DEFAULT_MEETING_MINUTES,
      };
    });
  }
  if (schedule.type === 'opening-hours') {
    return schedule.hours.map((range) => {
      const startMinute = parseLocalTime(range.opens);
      const end = parseLocalTime(range.closes);
      return { day: range.day, startMinute, endMinute: end > startMinute ? end : end + DAY_MINUTES };
    });
  }
  return [];
}

function spanDays(ranges: readonly LocalRange[]): number {
  let longest = 0;
  for (const range of ranges) {
    const minutes =
      range.endMinute !== undefined
        ? range.endMinute - range.startMinute
        : (range.durationMinutes ?? DEFAULT_MEETING_MINUTES);
    longest = Math.max(longest, range.startMinute + minutes);
  }
  return Math.ceil(longest / DAY_MINUTES);
}

function wallInstant(date: { year: number; month: number; day: number }, minute: number, zone: string): Date {
  return zonedTimeToUtc(
    { year: date.year, month: date.month, day: date.day, hour: Math.floor(minute / 60), minute: minute % 60 },
    zone,
  );
}

/**
 * The next `count` occurrences of a weekly or opening-hours schedule that have not
 * ended at `now` (an occurrence in progress comes first), in order of start, as UTC
 * instants. Local times stay on the wall clock of the schedule's zone across
 * daylight-saving changes. `validFrom`/`validTo` bound the local start date.
 * "always" and "by-appointment" schedules have no discrete occurrences and give [].
 */
export function nextOccurrences(schedule: Schedule, now: Date, count: number): Occurrence[] {
  if (schedule.type !== 'weekly' && schedule.type !== 'opening-hours') return [];
  if (!(count > 0) || Number.isNaN(now.getTime())) return [];
  const ranges = rangesOf(schedule).sort((a, b) => a.startMinute - b.startMinute);
  const zone = schedule.timeZone;
  const today = utcToZonedParts(now, zone);
  // Start far enough back to catch an occurrence that began days ago and is still on.
  let date = addLocalDays(today, -spanDays(ranges));
  if (schedule.validFrom !== undefined && isoLocalDate(date) < schedule.validFrom) {
    date = addLocalDays(parseIsoLocalDate(schedule.validFrom), 0);
  }
  const nowMs = now.getTime();
  const found: Occurrence[] = [];
  const seen = new Set<string>();
  while (found.length < count) {
    const iso = isoLocalDate(date);
    if (schedule.validTo !== undefined && iso > schedule.validTo) break;
    for (const range of ranges) {
      if (range.day !== date.weekday) continue;
      const start = wallInstant(date, range.startMinute, zone);
      const end =
        range.endMinute !== undefined
          ? wallInstant(date, range.endMinute, zone)
          : new Date(start.getTime() + (range.durationMinutes ?? DEFAULT_MEETING_MINUTES) * MINUTE_MS);
      if (end.getTime() <= nowMs || end.getTime() <= start.getTime()) continue;
      const key = `${start.getTime()}/${end.getTime()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ start, end });
      if (found.length >= count) break;
    }
    date = addLocalDays(date, 1);
  }
  return found;
}

/** Where `now` falls relative to a schedule's occurrences. */
export type OccurrenceStatusKind = 'in-progress' | 'starting-soon' | 'later' | 'none';

/** The status of a schedule at an instant, with the occurrence it refers to. */
export interface OccurrenceStatus {
  status: OccurrenceStatusKind;
  /** The occurrence in progress, or the next one; absent for 24/7 and "none". */
  occurrence?: Occurrence;
  /** Whole minutes until the next start, rounded up (starting-soon and later). */
  minutesUntilStart?: number;
  /** Whole minutes since the current occurrence started, rounded down (in-progress). */
  minutesSinceStart?: number;
  /**
   * Whole minutes until the current occurrence ends, rounded down (in-progress);
   * opening ranges that touch (9–12, 12–17) count as one.
   */
  minutesUntilEnd?: number;
}

/** Options of {@link occurrenceStatus}. */
export interface OccurrenceStatusOptions {
  /** How soon a start counts as "starting soon"; 60 minutes by default. */
  startingWithinMinutes?: number;
}

/**
 * Whether a schedule is in progress at `now`, starts within
 * `startingWithinMinutes` (default 60), starts later, or has no further occurrence.
 * A 24/7 schedule is always in progress; a by-appointment one is "none".
 * An occurrence is in progress from its start (inclusive) to its end (exclusive).
 */
export function occurrenceStatus(
  schedule: Schedule,
  now: Date,
  options: OccurrenceStatusOptions = {},
): OccurrenceStatus {
  if (schedule.type === 'always') return { status: 'in-progress' };
  const within = options.startingWithinMinutes ?? 60;
  const upcoming = nextOccurrences(schedule, now, 1)[0];
  if (upcoming === undefined) return { status: 'none' };
  const nowMs = now.getTime();
  const untilStartMs = upcoming.start.getTime() - nowMs;
  if (untilStartMs <= 0) {
    const endMs = mergedEnd(schedule, upcoming);
    return {
      status: 'in-progress',
      occurrence: upcoming,
      minutesSinceStart: Math.floor((nowMs - upcoming.start.getTime()) / MINUTE_MS),
      minutesUntilEnd: Math.floor((endMs - nowMs) / MINUTE_MS),
    };
  }
  const minutesUntilStart = Math.ceil(untilStartMs / MINUTE_MS);
  return {
    status: untilStartMs <= within * MINUTE_MS ? 'starting-soon' : 'later',
    occurrence: upcoming,
    minutesUntilStart,
  };
}

/** End of an opening range after following ranges that start before it ends. */
function mergedEnd(schedule: Schedule, current: Occurrence): number {
  let end = current.end.getTime();
  if (schedule.type !== 'opening-hours') return end;
  // A week of touching ranges is "open for the foreseeable future"; stop there.
  for (let hops = 0; hops < 14; hops++) {
    const next = nextOccurrences(schedule, new Date(end), 1)[0];
    if (next === undefined || next.start.getTime() > end) break;
    end = Math.max(end, next.end.getTime());
  }
  return end;
}

/**
 * Whether a schedule is open (or a meeting in progress) at `instant`: always true
 * for 24/7, always false for by-appointment.
 */
export function isOpenAt(schedule: Schedule, instant: Date): boolean {
  if (schedule.type === 'always') return true;
  if (schedule.type === 'by-appointment') return false;
  const first = nextOccurrences(schedule, instant, 1)[0];
  return first !== undefined && first.start.getTime() <= instant.getTime();
}
