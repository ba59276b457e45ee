import { formatInZone, occurrenceStatus, type Schedule, type UiLocale } from '@recovery-circles/core';
import type { FinderMessages } from '../i18n/finder.js';

/** How soon something happens, in words for a card. */
export interface Timing {
  kind: 'in-progress' | 'starting-soon' | 'later';
  text: string;
}

/** An instant as "Tuesday, March 10, 7:00 PM EDT" in the visitor's zone and language. */
export function formatWhen(instant: Date, timeZone: string, locale: UiLocale): string {
  const f = formatInZone(instant, timeZone, locale === 'es' ? 'es-US' : 'en-US');
  return `${f.weekday}, ${f.date}, ${f.time} ${f.timeZoneName}`;
}

/**
 * "In progress now", "Starts in 20 min" or "Next: Tuesday, March 10, 7:00 PM EDT" for a
 * schedule, in the visitor's own zone; undefined when it has no times (by appointment).
 */
export function timingOf(
  schedule: Schedule | undefined,
  now: Date,
  timeZone: string,
  locale: UiLocale,
  f: FinderMessages,
): Timing | undefined {
  if (!schedule) return undefined;
  if (schedule.type === 'always') return { kind: 'in-progress', text: f.openNow };
  const status = occurrenceStatus(schedule, now, { startingWithinMinutes: 60 });
  if (status.status === 'in-progress') {
    return { kind: 'in-progress', text: schedule.type === 'opening-hours' ? f.openNow : f.inProgress };
  }
  if (status.status === 'starting-soon' && status.minutesUntilStart !== undefined) {
    return { kind: 'starting-soon', text: f.startsIn(status.minutesUntilStart) };
  }
  if (status.status === 'later' && status.occurrence) {
    return {
      kind: 'later',
      text: `${f.nextMeeting}: ${formatWhen(status.occurrence.start, timeZone, locale)}`,
    };
  }
  return undefined;
}

/** Kilometres as miles for a card: "0.8", "12". */
export function milesText(km: number): string {
  const miles = km / 1.609344;
  return miles < 10 ? miles.toFixed(1) : Math.round(miles).toString();
}
