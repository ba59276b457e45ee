import { localize } from '../i18n.js';
import { nextOccurrences } from './occurrences.js';
import type { Schedule, WeeklySlot } from './schedule-schema.js';
import { parseLocalTime } from './zoned-time.js';

/** An instant as shown to a person in a zone and locale. */
export interface FormattedInstant {
  /** "Tuesday" / "martes". */
  weekday: string;
  /** "7:00 PM" / "19:00". */
  time: string;
  /** "March 10" / "10 de marzo". */
  date: string;
  /** Short zone name as the locale writes it: "EDT", "PST", "GMT-4". */
  timeZoneName: string;
  /** 0 = Sunday … 6 = Saturday, in that zone. */
  dayOfWeek: number;
  /** "Tuesday 7:00 PM" / "martes 19:00". */
  text: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function cached(locale: string, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${locale}|${key}|${options.timeZone ?? ''}`;
  let formatter = formatters.get(id);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(id, formatter);
  }
  return formatter;
}

function partValue(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((part) => part.type === type)?.value ?? '';
}

const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/**
 * Formats a UTC instant for display on the wall clock of `timeZone` in `locale`
 * ("Tuesday 7:00 PM" in en-US, "martes 19:00" in es).
 */
export function formatInZone(instant: Date, timeZone: string, locale: string): FormattedInstant {
  const weekday = cached(locale, 'weekday', { timeZone, weekday: 'long' }).format(instant);
  const time = cached(locale, 'time', { timeZone, hour: 'numeric', minute: '2-digit' }).format(instant);
  const date = cached(locale, 'date', { timeZone, month: 'long', day: 'numeric' }).format(instant);
  const zoneParts = cached(locale, 'zone', { timeZone, timeZoneName: 'short' }).formatToParts(instant);
  const dayName = cached('en-US', 'weekday-short', { timeZone, weekday: 'short' }).format(instant);
  return {
    weekday,
    time,
    date,
    timeZoneName: partValue(zoneParts, 'timeZoneName'),
    dayOfWeek: WEEKDAY_INDEX[dayName] ?? 0,
    text: `${weekday} ${time}`,
  };
}

/** A Sunday, to turn a day of week and wall time into a formattable date in UTC. */
const REFERENCE_SUNDAY_UTC = Date.UTC(2026, 0, 4);

function wallTime(day: number, minute: number, locale: string): { weekday: string; time: string } {
  const at = new Date(REFERENCE_SUNDAY_UTC + (day * 1440 + minute) * 60_000);
  return {
    weekday: cached(locale, 'weekday', { timeZone: 'UTC', weekday: 'long' }).format(at),
    time: cached(locale, 'time', { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }).format(at),
  };
}

function zoneLabel(timeZone: string, locale: string): string {
  const parts = cached(locale, 'zone-generic', { timeZone, timeZoneName: 'longGeneric' }).formatToParts(
    new Date(REFERENCE_SUNDAY_UTC),
  );
  return partValue(parts, 'timeZoneName') || timeZone;
}

function slotEnd(slot: WeeklySlot): number {
  const start = parseLocalTime(slot.start);
  if (slot.end !== undefined) return parseLocalTime(slot.end);
  return start + (slot.durationMinutes ?? 0);
}

function describeSlotLocally(slot: WeeklySlot, locale: string): string {
  const start = parseLocalTime(slot.start);
  const { weekday, time } = wallTime(slot.day, start, locale);
  if (slot.end === undefined && slot.durationMinutes === undefined) return `${weekday} ${time}`;
  return `${weekday} ${time}–${wallTime(slot.day, slotEnd(slot) % 1440, locale).time}`;
}

/**
 * A one-line description of a schedule in `locale`, e.g.
 * "Tuesday 7:00 PM–8:00 PM (Eastern Time)" or "martes 19:00–20:00 (hora del este…)".
 *
 * With `viewerTimeZone` different from the schedule's zone and `now` given, weekly
 * times are shown in the viewer's zone as of their next occurrence after `now` (the
 * difference between two zones changes with daylight saving, so a date is needed);
 * without `now`, times stay in the schedule's own zone, which is always named.
 */
export function describeSchedule(
  schedule: Schedule,
  locale: string,
  viewerTimeZone?: string,
  now?: Date,
): string {
  switch (schedule.type) {
    case 'always':
      return localize({ en: 'Open 24 hours, every day', es: 'Abierto las 24 horas, todos los días' }, locale);
    case 'by-appointment': {
      const base = localize({ en: 'By appointment', es: 'Con cita previa' }, locale);
      return schedule.note === undefined ? base : `${base}: ${localize(schedule.note, locale)}`;
    }
    case 'weekly': {
      const sorted = [...schedule.slots].sort((a, b) => a.day - b.day || a.start.localeCompare(b.start));
      if (viewerTimeZone !== undefined && viewerTimeZone !== schedule.timeZone && now !== undefined) {
        const lines = sorted.map((slot) => {
          const single = { ...schedule, slots: [slot] };
          const next = nextOccurrences(single, now, 1)[0];
          if (next === undefined) return describeSlotLocally(slot, locale);
          const start = formatInZone(next.start, viewerTimeZone, locale);
          if (slot.end === undefined && slot.durationMinutes === undefined) return start.text;
          return `${start.text}–${formatInZone(next.end, viewerTimeZone, locale).time}`;
        });
        return `${lines.join('; ')} (${zoneLabel(viewerTimeZone, locale)})`;
      }
      const lines = sorted.map((slot) => describeSlotLocally(slot, locale));
      return `${lines.join('; ')} (${zoneLabel(schedule.timeZone, locale)})`;
    }
    case 'opening-hours': {
      const sorted = [...schedule.hours].sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens));
      const byDay = new Map<number, string[]>();
      for (const range of sorted) {
        const opens = wallTime(range.day, parseLocalTime(range.opens), locale).time;
        const closes = wallTime(range.day, parseLocalTime(range.closes) % 1440, locale).time;
        const list = byDay.get(range.day) ?? [];
        list.push(`${opens}–${closes}`);
        byDay.set(range.day, list);
      }
      const lines = [...byDay].map(([day, list]) => `${wallTime(day, 0, locale).weekday} ${list.join(', ')}`);
      return `${lines.join('; ')} (${zoneLabel(schedule.timeZone, locale)})`;
    }
  }
}
