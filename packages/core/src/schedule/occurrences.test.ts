import { describe, expect, it } from 'vitest';
import { isOpenAt, nextOccurrences, occurrenceStatus } from './occurrences.js';
import { type Schedule, ScheduleSchema } from './schedule-schema.js';
import { utcToZonedParts } from './zoned-time.js';

const weekly = (timeZone: string, slots: unknown[], extra: object = {}): Schedule =>
  ScheduleSchema.parse({ type: 'weekly', timeZone, slots, ...extra });
const starts = (list: { start: Date }[]): string[] => list.map((o) => o.start.toISOString());

describe('nextOccurrences across daylight-saving changes', () => {
  it('keeps a Sunday 19:00 New York meeting at 19:00 local before and after 2026-03-08', () => {
    const s = weekly('America/New_York', [{ day: 0, start: '19:00' }]);
    const list = nextOccurrences(s, new Date('2026-02-28T12:00:00Z'), 3);
    expect(starts(list)).toEqual([
      '2026-03-02T00:00:00.000Z',
      '2026-03-08T23:00:00.000Z',
      '2026-03-15T23:00:00.000Z',
    ]);
    for (const o of list) expect(utcToZonedParts(o.start, 'America/New_York').hour).toBe(19);
  });

  it('keeps a Sunday 19:00 New York meeting at 19:00 local across 2026-11-01', () => {
    const s = weekly('America/New_York', [{ day: 0, start: '19:00' }]);
    const list = nextOccurrences(s, new Date('2026-10-20T12:00:00Z'), 2);
    expect(starts(list)).toEqual(['2026-10-25T23:00:00.000Z', '2026-11-02T00:00:00.000Z']);
  });

  it('handles Los Angeles on both US change days', () => {
    const s = weekly('America/Los_Angeles', [{ day: 0, start: '09:00', end: '10:00' }]);
    const spring = nextOccurrences(s, new Date('2026-03-01T18:00:00Z'), 2);
    expect(starts(spring)).toEqual(['2026-03-08T16:00:00.000Z', '2026-03-15T16:00:00.000Z']);
    const fall = nextOccurrences(s, new Date('2026-10-25T18:00:00Z'), 1);
    expect(starts(fall)).toEqual(['2026-11-01T17:00:00.000Z']);
    expect(fall[0]?.end.toISOString()).toBe('2026-11-01T18:00:00.000Z');
  });

  it('handles Europe/London on 2026-03-29 and 2026-10-25', () => {
    const s = weekly('Europe/London', [{ day: 0, start: '18:30' }]);
    expect(starts(nextOccurrences(s, new Date('2026-03-22T20:00:00Z'), 1))).toEqual([
      '2026-03-29T17:30:00.000Z',
    ]);
    expect(starts(nextOccurrences(s, new Date('2026-10-18T19:00:00Z'), 1))).toEqual([
      '2026-10-25T18:30:00.000Z',
    ]);
  });

  it('keeps Phoenix at a fixed UTC time while New York shifts', () => {
    const s = weekly('America/Phoenix', [{ day: 0, start: '19:00' }]);
    const list = nextOccurrences(s, new Date('2026-03-01T12:00:00Z'), 2);
    expect(starts(list)).toEqual(['2026-03-02T02:00:00.000Z', '2026-03-09T02:00:00.000Z']);
  });

  it('moves a 02:30 meeting on spring-forward day to 03:30 and keeps 1 hour of length', () => {
    const s = weekly('America/New_York', [{ day: 0, start: '02:30' }]);
    const [first, second] = nextOccurrences(s, new Date('2026-03-07T12:00:00Z'), 2);
    expect(first?.start.toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(first && utcToZonedParts(first.start, 'America/New_York').hour).toBe(3);
    expect(first && first.end.getTime() - first.start.getTime()).toBe(3_600_000);
    expect(second && utcToZonedParts(second.start, 'America/New_York').hour).toBe(2);
  });

  it('uses the first 01:30 on fall-back day and a wall-clock end that spans the repeated hour', () => {
    const s = weekly('America/New_York', [{ day: 0, start: '01:30', end: '02:30' }]);
    const [first] = nextOccurrences(s, new Date('2026-10-31T12:00:00Z'), 1);
    expect(first?.start.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    // 01:30 EDT to 02:30 EST is two hours of elapsed time.
    expect(first?.end.toISOString()).toBe('2026-11-01T07:30:00.000Z');
  });
});

describe('nextOccurrences basics', () => {
  it('orders several slots and includes an occurrence in progress', () => {
    const s = weekly('America/Chicago', [
      { day: 3, start: '12:00' },
      { day: 1, start: '19:00', durationMinutes: 90 },
    ]);
    // Monday 2026-05-04 19:30 CDT = 00:30Z Tuesday: the Monday meeting is on.
    const list = nextOccurrences(s, new Date('2026-05-05T00:30:00Z'), 3);
    expect(starts(list)).toEqual([
      '2026-05-05T00:00:00.000Z',
      '2026-05-06T17:00:00.000Z',
      '2026-05-12T00:00:00.000Z',
    ]);
    expect(list[0]?.end.toISOString()).toBe('2026-05-05T01:30:00.000Z');
  });

  it('wraps a slot whose end is before its start past midnight', () => {
    const s = weekly('America/New_York', [{ day: 6, start: '23:00', end: '01:00' }]);
    // Sunday 2026-05-10 00:30 EDT: Saturday's late meeting is still on.
    const [first] = nextOccurrences(s, new Date('2026-05-10T04:30:00Z'), 1);
    expect(first?.start.toISOString()).toBe('2026-05-10T03:00:00.000Z');
    expect(first?.end.toISOString()).toBe('2026-05-10T05:00:00.000Z');
  });

  it('respects validFrom and validTo as local dates in the schedule zone', () => {
    const s = weekly('America/New_York', [{ day: 2, start: '19:00' }], {
      validFrom: '2026-06-09',
      validTo: '2026-06-23',
    });
    expect(starts(nextOccurrences(s, new Date('2026-05-01T00:00:00Z'), 10))).toEqual([
      '2026-06-09T23:00:00.000Z',
      '2026-06-16T23:00:00.000Z',
      '2026-06-23T23:00:00.000Z',
    ]);
    expect(nextOccurrences(s, new Date('2026-06-24T00:00:00Z'), 5)).toEqual([]);
  });

  it('gives nothing for 24/7, by-appointment or a non-positive count', () => {
    expect(nextOccurrences({ type: 'always' }, new Date(), 3)).toEqual([]);
    expect(nextOccurrences({ type: 'by-appointment' }, new Date(), 3)).toEqual([]);
    const s = weekly('UTC', [{ day: 1, start: '10:00' }]);
    expect(nextOccurrences(s, new Date('2026-01-01T00:00:00Z'), 0)).toEqual([]);
  });
});

describe('occurrenceStatus', () => {
  // Tuesday 2026-04-07 19:00 EDT = 23:00Z, default 60 minutes.
  const s = weekly('America/New_York', [{ day: 2, start: '19:00' }]);

  it('is in progress from the start (inclusive) to the end (exclusive)', () => {
    expect(occurrenceStatus(s, new Date('2026-04-07T23:00:00Z'))).toMatchObject({
      status: 'in-progress',
      minutesSinceStart: 0,
      minutesUntilEnd: 60,
    });
    expect(occurrenceStatus(s, new Date('2026-04-07T23:59:59Z'))).toMatchObject({
      status: 'in-progress',
      minutesSinceStart: 59,
      minutesUntilEnd: 0,
    });
    const after = occurrenceStatus(s, new Date('2026-04-08T00:00:00Z'));
    expect(after.status).toBe('later');
    expect(after.occurrence?.start.toISOString()).toBe('2026-04-14T23:00:00.000Z');
  });

  it('is starting soon within the window (inclusive) and later outside it', () => {
    expect(occurrenceStatus(s, new Date('2026-04-07T22:00:00Z'))).toMatchObject({
      status: 'starting-soon',
      minutesUntilStart: 60,
    });
    expect(occurrenceStatus(s, new Date('2026-04-07T21:59:59Z'))).toMatchObject({
      status: 'later',
      minutesUntilStart: 61,
    });
    expect(occurrenceStatus(s, new Date('2026-04-07T21:00:00Z'), { startingWithinMinutes: 120 }).status).toBe(
      'starting-soon',
    );
    expect(occurrenceStatus(s, new Date('2026-04-07T22:59:30Z')).minutesUntilStart).toBe(1);
  });

  it('is none after validTo, in progress for 24/7 and none by appointment', () => {
    const ended = weekly('America/New_York', [{ day: 2, start: '19:00' }], { validTo: '2026-01-01' });
    expect(occurrenceStatus(ended, new Date('2026-04-07T22:00:00Z'))).toEqual({ status: 'none' });
    expect(occurrenceStatus({ type: 'always' }, new Date()).status).toBe('in-progress');
    expect(occurrenceStatus({ type: 'by-appointment' }, new Date()).status).toBe('none');
  });

  it('merges touching opening ranges when telling when a service closes', () => {
    const hours = ScheduleSchema.parse({
      type: 'opening-hours',
      timeZone: 'America/Denver',
      hours: [
        { day: 1, opens: '09:00', closes: '12:00' },
        { day: 1, opens: '12:00', closes: '17:00' },
      ],
    });
    // Monday 2026-04-06 11:00 MDT = 17:00Z; closes at 17:00 MDT = 23:00Z.
    expect(occurrenceStatus(hours, new Date('2026-04-06T17:00:00Z'))).toMatchObject({
      status: 'in-progress',
      minutesUntilEnd: 360,
    });
  });
});

describe('isOpenAt', () => {
  const hours = ScheduleSchema.parse({
    type: 'opening-hours',
    timeZone: 'America/Los_Angeles',
    hours: [
      { day: 1, opens: '09:00', closes: '12:00' },
      { day: 1, opens: '13:00', closes: '17:00' },
      { day: 5, opens: '20:00', closes: '02:00' },
      { day: 6, opens: '10:00', closes: '24:00' },
    ],
  });

  it('follows several ranges a day with a break', () => {
    // Monday 2026-04-06 in PDT (UTC−7).
    expect(isOpenAt(hours, new Date('2026-04-06T16:00:00Z'))).toBe(true); // 09:00
    expect(isOpenAt(hours, new Date('2026-04-06T19:30:00Z'))).toBe(false); // 12:30
    expect(isOpenAt(hours, new Date('2026-04-06T20:00:00Z'))).toBe(true); // 13:00
    expect(isOpenAt(hours, new Date('2026-04-07T00:00:00Z'))).toBe(false); // 17:00
  });

  it('handles a range past midnight and one closing at 24:00', () => {
    expect(isOpenAt(hours, new Date('2026-04-11T08:59:00Z'))).toBe(true); // Sat 01:59
    expect(isOpenAt(hours, new Date('2026-04-11T09:00:00Z'))).toBe(false); // Sat 02:00
    expect(isOpenAt(hours, new Date('2026-04-12T06:59:00Z'))).toBe(true); // Sat 23:59
    expect(isOpenAt(hours, new Date('2026-04-12T07:00:00Z'))).toBe(false); // Sun 00:00
  });

  it('is always open for 24/7 and never for by-appointment', () => {
    expect(isOpenAt({ type: 'always' }, new Date('2026-01-01T00:00:00Z'))).toBe(true);
    expect(isOpenAt({ type: 'by-appointment' }, new Date('2026-01-01T00:00:00Z'))).toBe(false);
  });
});
