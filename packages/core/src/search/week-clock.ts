import { DEFAULT_MEETING_MINUTES, nextOccurrences } from '../schedule/occurrences.js';
import type { Schedule } from '../schedule/schedule-schema.js';
import { timeZoneOffsetMinutes } from '../schedule/zoned-time.js';

/*
 * Occurrences for thousands of candidates per request, cheaply. A weekly slot cannot be
 * stored as one UTC minute of the week (daylight saving moves it twice a year), so each
 * resource keeps its slots in local minutes of the week of its own zone, and a per-request
 * clock learns each zone's offset once. When the offset is the same from two days before
 * `now` to eight days after — every week of the year but the two with a change — a slot's
 * next start is plain arithmetic; otherwise the exact, slower `nextOccurrences` is used.
 */

/** Minutes in a week. */
export const WEEK_MINUTES = 7 * 1440;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** 1970-01-01 was a Thursday. */
const EPOCH_WEEKDAY = 4;

/** Minutes after midnight of a validated "HH:MM" (or "24:00"), without splitting strings. */
function parseLocalTime(hhmm: string): number {
  const d = (i: number) => hhmm.charCodeAt(i) - 48;
  return (d(0) * 10 + d(1)) * 60 + d(3) * 10 + d(4);
}

/** A schedule reduced to what matching and search read, computed once per resource. */
export interface PrecomputedSchedule {
  /** `ranges` for weekly and opening-hours schedules; `none` when a resource has no schedule. */
  readonly type: 'none' | 'always' | 'appointment' | 'ranges';
  /** The schedule's IANA zone, for `ranges` (and `always`/`appointment` when given). */
  readonly zone: string | undefined;
  /** Start of each range in local minutes since Sunday 00:00. */
  readonly starts: readonly number[];
  /** Length of each range in minutes. */
  readonly lengths: readonly number[];
  /** Validity bounds are set, so the arithmetic shortcut does not apply. */
  readonly bounded: boolean;
}

/** Shared by every schedule without ranges. */
const NO_RANGES: readonly number[] = [];

const NO_SCHEDULE: PrecomputedSchedule = {
  type: 'none',
  zone: undefined,
  starts: NO_RANGES,
  lengths: NO_RANGES,
  bounded: false,
};

/** Reduces a schedule to local week minutes (see {@link PrecomputedSchedule}). */
export function precomputeSchedule(schedule: Schedule | undefined): PrecomputedSchedule {
  if (schedule === undefined) return NO_SCHEDULE;
  if (schedule.type === 'always') {
    return { type: 'always', zone: schedule.timeZone, starts: NO_RANGES, lengths: NO_RANGES, bounded: false };
  }
  if (schedule.type === 'by-appointment') {
    return {
      type: 'appointment',
      zone: schedule.timeZone,
      starts: NO_RANGES,
      lengths: NO_RANGES,
      bounded: false,
    };
  }
  // Arrays of exact length (`map`, not `push`): 100,000 schedules are a heap's worth of slack.
  let starts: number[];
  let lengths: number[];
  if (schedule.type === 'weekly') {
    starts = schedule.slots.map((slot) => slot.day * 1440 + parseLocalTime(slot.start));
    lengths = schedule.slots.map((slot) => {
      if (slot.end === undefined) return slot.durationMinutes ?? DEFAULT_MEETING_MINUTES;
      const start = parseLocalTime(slot.start);
      const end = parseLocalTime(slot.end);
      return end > start ? end - start : end + 1440 - start;
    });
  } else {
    starts = schedule.hours.map((range) => range.day * 1440 + parseLocalTime(range.opens));
    lengths = schedule.hours.map((range) => {
      const start = parseLocalTime(range.opens);
      const end = parseLocalTime(range.closes);
      return end > start ? end - start : end + 1440 - start;
    });
  }
  return {
    type: 'ranges',
    zone: schedule.timeZone,
    starts,
    lengths,
    bounded: schedule.validFrom !== undefined || schedule.validTo !== undefined,
  };
}

/** Zone offsets learned once per request at a fixed `now`. */
export interface ZoneClock {
  /** The request's instant, in ms since the epoch. */
  readonly nowMs: number;
  /** The zone's offset in minutes when it does not change around `now`; undefined in a week with a change. */
  stableOffset(zone: string): number | undefined;
  /** The zone's offset in minutes at an instant. */
  offsetAt(zone: string, ms: number): number;
}

const HOUR_MS = 3_600_000;

const offsetAt = (zone: string, ms: number): number => timeZoneOffsetMinutes(new Date(ms), zone);

/**
 * Each zone's stable offset per hour, shared by every clock: reading a zone's offset through
 * `Intl` costs microseconds, and a server answers many requests an hour. An hour's entry is
 * checked over the hour's whole reach (two days before its start to eight days after its
 * end), so it holds for any `now` inside the hour. A zone keeps at most about a week of hours.
 */
const stableByZone = new Map<string, Map<number, number | undefined>>();
const HOURS_KEPT_PER_ZONE = 8 * 24;
/** Zones kept at most: Intl takes any spelling of a zone's name, so visitors could add without end. */
const ZONES_KEPT = 1_000;

function stableOffsetInHour(zone: string, hour: number): number | undefined {
  let hours = stableByZone.get(zone);
  if (hours === undefined) {
    if (stableByZone.size >= ZONES_KEPT) stableByZone.clear();
    hours = new Map();
    stableByZone.set(zone, hours);
  }
  if (hours.has(hour)) return hours.get(hour);
  const start = hour * HOUR_MS;
  const here = offsetAt(zone, start);
  const steady =
    offsetAt(zone, start - 2 * DAY_MS) === here && offsetAt(zone, start + HOUR_MS + 8 * DAY_MS) === here;
  const offset = steady ? here : undefined;
  if (hours.size >= HOURS_KEPT_PER_ZONE) hours.clear();
  hours.set(hour, offset);
  return offset;
}

/** A clock for one request at `now`. */
export function createZoneClock(now: Date): ZoneClock {
  const nowMs = now.getTime();
  const hour = Math.floor(nowMs / HOUR_MS);
  // null for a zone whose offset changes around now: one lookup answers both cases.
  const stable = new Map<string, number | null>();
  return {
    nowMs,
    offsetAt,
    stableOffset(zone) {
      const known = stable.get(zone);
      if (known !== undefined) return known ?? undefined;
      const value = stableOffsetInHour(zone, hour);
      stable.set(zone, value ?? null);
      return value;
    },
  };
}

/** Milliseconds since Sunday 00:00 of the local week, for a local wall-clock time in ms. */
function weekMsOfLocal(localMs: number): number {
  const days = Math.floor(localMs / DAY_MS);
  const weekday = (((days + EPOCH_WEEKDAY) % 7) + 7) % 7;
  return weekday * DAY_MS + (localMs - days * DAY_MS);
}

/** Minutes since Sunday 00:00 (0 … 10079) of an instant on the wall clock of `zone`. */
export function localWeekMinute(ms: number, zone: string, clock: ZoneClock): number {
  const offset = clock.stableOffset(zone) ?? clock.offsetAt(zone, ms);
  return Math.floor(weekMsOfLocal(ms + offset * MINUTE_MS) / MINUTE_MS);
}

/** One occurrence as epoch ms; `endMs` is exclusive. */
export interface OccurrenceMs {
  startMs: number;
  endMs: number;
}

/**
 * For each range, the occurrence in progress at `now` or else its next one (so at most a
 * week ahead), in range order. Empty for schedules without discrete ranges.
 */
export function upcomingOccurrences(
  pre: PrecomputedSchedule,
  schedule: Schedule | undefined,
  clock: ZoneClock,
): OccurrenceMs[] {
  if (pre.type !== 'ranges' || pre.zone === undefined || schedule === undefined) return [];
  const offset = pre.bounded ? undefined : clock.stableOffset(pre.zone);
  if (offset === undefined) {
    return nextOccurrences(schedule, new Date(clock.nowMs), pre.starts.length).map((o) => ({
      startMs: o.start.getTime(),
      endMs: o.end.getTime(),
    }));
  }
  const nowWeekMs = weekMsOfLocal(clock.nowMs + offset * MINUTE_MS);
  const out: OccurrenceMs[] = [];
  for (let i = 0; i < pre.starts.length; i++) {
    const startMs = rangeStartMs(pre, i, nowWeekMs, clock.nowMs);
    out.push({ startMs, endMs: startMs + rangeLengthMs(pre, i) });
  }
  return out;
}

function rangeLengthMs(pre: PrecomputedSchedule, i: number): number {
  return (pre.lengths[i] ?? DEFAULT_MEETING_MINUTES) * MINUTE_MS;
}

/** Start of range `i`'s occurrence in progress at `nowMs`, or else of its next one (stable offset). */
function rangeStartMs(pre: PrecomputedSchedule, i: number, nowWeekMs: number, nowMs: number): number {
  const since = (((nowWeekMs - (pre.starts[i] ?? 0) * MINUTE_MS) % WEEK_MS) + WEEK_MS) % WEEK_MS;
  return since < rangeLengthMs(pre, i) ? nowMs - since : nowMs + (WEEK_MS - since);
}

/**
 * What `soonestOccurrence(upcomingOccurrences(...))` gives, by arithmetic alone and without
 * building the list; undefined when that takes the exact, slower path (a week with a clock
 * change, validity bounds) or there is nothing to give.
 */
export function soonestStableOccurrence(
  pre: PrecomputedSchedule,
  clock: ZoneClock,
): OccurrenceMs | undefined {
  if (pre.type !== 'ranges' || pre.zone === undefined || pre.bounded || pre.starts.length === 0) {
    return undefined;
  }
  const offset = clock.stableOffset(pre.zone);
  if (offset === undefined) return undefined;
  const nowWeekMs = weekMsOfLocal(clock.nowMs + offset * MINUTE_MS);
  let best = 0;
  let bestStart = Number.POSITIVE_INFINITY;
  for (let i = 0; i < pre.starts.length; i++) {
    const startMs = rangeStartMs(pre, i, nowWeekMs, clock.nowMs);
    if (startMs < bestStart) {
      bestStart = startMs;
      best = i;
    }
  }
  return { startMs: bestStart, endMs: bestStart + rangeLengthMs(pre, best) };
}

/** Where `now` falls for a resource: the same kinds as the schedule module's `occurrenceStatus`. */
export type TimeStatus = 'in-progress' | 'starting-soon' | 'later' | 'none';

/** The occurrence in progress (earliest-starting) or else the soonest one, or undefined. */
export function soonestOccurrence(occurrences: readonly OccurrenceMs[]): OccurrenceMs | undefined {
  let best: OccurrenceMs | undefined;
  for (const o of occurrences) {
    if (best === undefined || o.startMs < best.startMs) best = o;
  }
  return best;
}

/** The status at `nowMs` of a resource whose soonest occurrence is `soonest`. */
export function timeStatusOf(
  pre: PrecomputedSchedule,
  soonest: OccurrenceMs | undefined,
  nowMs: number,
  startingWithinMinutes = 60,
): TimeStatus {
  if (pre.type === 'always') return 'in-progress';
  if (soonest === undefined) return 'none';
  if (soonest.startMs <= nowMs) return 'in-progress';
  return soonest.startMs - nowMs <= startingWithinMinutes * MINUTE_MS ? 'starting-soon' : 'later';
}
