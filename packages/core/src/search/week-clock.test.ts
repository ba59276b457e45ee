import { describe, expect, it } from 'vitest';
import { nextOccurrences } from '../schedule/occurrences.js';
import type { Schedule } from '../schedule/schedule-schema.js';
import {
  createZoneClock,
  localWeekMinute,
  precomputeSchedule,
  soonestOccurrence,
  timeStatusOf,
  upcomingOccurrences,
} from './week-clock.js';

const schedule: Schedule = {
  type: 'weekly',
  slots: [
    { day: 0, start: '09:00', end: '10:00' },
    { day: 2, start: '19:00', end: '20:30' },
    { day: 5, start: '23:30', end: '00:30' },
  ],
  timeZone: 'America/New_York',
};

function viaSchedule(now: Date): number[] {
  return nextOccurrences(schedule, now, 3)
    .map((o) => o.start.getTime())
    .sort((a, b) => a - b);
}

function viaClock(now: Date): number[] {
  return upcomingOccurrences(precomputeSchedule(schedule), schedule, createZoneClock(now))
    .map((o) => o.startMs)
    .sort((a, b) => a - b);
}

describe('week clock', () => {
  it.each([
    '2025-01-15T12:00:00Z',
    '2025-03-05T23:59:00Z',
    // The weeks of the US changes take the exact path.
    '2025-03-08T12:00:00Z',
    '2025-10-31T12:00:00Z',
    '2025-07-01T23:15:00Z',
  ])('gives the same occurrences as the schedule module at %s', (iso) => {
    const now = new Date(iso);
    expect(viaClock(now)).toEqual(viaSchedule(now));
  });

  it('reports a meeting in progress and one starting soon', () => {
    const pre = precomputeSchedule(schedule);
    const during = new Date('2025-01-14T19:30:00-05:00');
    const clock = createZoneClock(during);
    const soonest = soonestOccurrence(upcomingOccurrences(pre, schedule, clock));
    expect(timeStatusOf(pre, soonest, clock.nowMs)).toBe('in-progress');
    const before = new Date('2025-01-14T18:30:00-05:00');
    const clock2 = createZoneClock(before);
    const next = soonestOccurrence(upcomingOccurrences(pre, schedule, clock2));
    expect(timeStatusOf(pre, next, clock2.nowMs)).toBe('starting-soon');
  });

  it('treats 24/7 as always in progress and by-appointment as no times', () => {
    expect(timeStatusOf(precomputeSchedule({ type: 'always' }), undefined, 0)).toBe('in-progress');
    expect(timeStatusOf(precomputeSchedule({ type: 'by-appointment' }), undefined, 0)).toBe('none');
  });

  it('reads an instant on the wall clock of a zone', () => {
    const clock = createZoneClock(new Date('2025-06-03T23:00:00Z'));
    // Tuesday 19:00 in New York (EDT) is Tuesday 16:00 in Los Angeles.
    expect(localWeekMinute(Date.parse('2025-06-03T23:00:00Z'), 'America/New_York', clock)).toBe(
      2 * 1440 + 19 * 60,
    );
    expect(localWeekMinute(Date.parse('2025-06-03T23:00:00Z'), 'America/Los_Angeles', clock)).toBe(
      2 * 1440 + 16 * 60,
    );
  });
});
