import { describe, expect, it } from 'vitest';
import { timeZoneOffsetMinutes, utcToZonedParts, zonedTimeToUtc } from './zoned-time.js';

const iso = (d: Date): string => d.toISOString();

describe('zonedTimeToUtc', () => {
  it('uses standard and daylight offsets either side of the US changes (New York)', () => {
    expect(iso(zonedTimeToUtc({ year: 2026, month: 3, day: 7, hour: 19 }, 'America/New_York'))).toBe(
      '2026-03-08T00:00:00.000Z',
    );
    expect(iso(zonedTimeToUtc({ year: 2026, month: 3, day: 8, hour: 19 }, 'America/New_York'))).toBe(
      '2026-03-08T23:00:00.000Z',
    );
    expect(iso(zonedTimeToUtc({ year: 2026, month: 10, day: 31, hour: 19 }, 'America/New_York'))).toBe(
      '2026-10-31T23:00:00.000Z',
    );
    expect(iso(zonedTimeToUtc({ year: 2026, month: 11, day: 1, hour: 19 }, 'America/New_York'))).toBe(
      '2026-11-02T00:00:00.000Z',
    );
  });

  it('moves a time skipped by spring-forward ahead by the gap', () => {
    // 02:30 does not exist on 2026-03-08 in New York; 03:30 EDT is 07:30Z.
    expect(
      iso(zonedTimeToUtc({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York')),
    ).toBe('2026-03-08T07:30:00.000Z');
    // London skips 01:00–02:00 on 2026-03-29; 01:30 becomes 02:30 BST = 01:30Z.
    expect(iso(zonedTimeToUtc({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 }, 'Europe/London'))).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('picks the first of two instants for a time repeated by fall-back', () => {
    expect(
      iso(zonedTimeToUtc({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York')),
    ).toBe('2026-11-01T05:30:00.000Z');
    expect(
      iso(zonedTimeToUtc({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/Los_Angeles')),
    ).toBe('2026-11-01T08:30:00.000Z');
    expect(
      iso(zonedTimeToUtc({ year: 2026, month: 10, day: 25, hour: 1, minute: 30 }, 'Europe/London')),
    ).toBe('2026-10-25T00:30:00.000Z');
  });

  it('keeps Phoenix at UTC−7 all year', () => {
    for (const month of [1, 3, 7, 11]) {
      const at = zonedTimeToUtc({ year: 2026, month, day: 8, hour: 19 }, 'America/Phoenix');
      expect(at.getUTCHours()).toBe(2);
      expect(timeZoneOffsetMinutes(at, 'America/Phoenix')).toBe(-420);
    }
  });

  it('normalises overflowing fields like Date.UTC', () => {
    expect(iso(zonedTimeToUtc({ year: 2026, month: 1, day: 32, hour: 24 }, 'UTC'))).toBe(
      '2026-02-02T00:00:00.000Z',
    );
  });
});

describe('utcToZonedParts', () => {
  it('reads the wall clock, weekday and offset of an instant', () => {
    expect(utcToZonedParts(new Date('2026-03-08T23:00:00Z'), 'America/New_York')).toEqual({
      year: 2026,
      month: 3,
      day: 8,
      hour: 19,
      minute: 0,
      second: 0,
      weekday: 0,
      offsetMinutes: -240,
    });
    expect(utcToZonedParts(new Date('2026-01-01T04:59:59Z'), 'America/New_York')).toMatchObject({
      year: 2025,
      month: 12,
      day: 31,
      hour: 23,
      minute: 59,
      second: 59,
      weekday: 3,
      offsetMinutes: -300,
    });
    expect(utcToZonedParts(new Date('2026-07-01T12:00:00Z'), 'Asia/Kolkata').offsetMinutes).toBe(330);
  });

  it('round-trips with zonedTimeToUtc every 37 minutes over both 2026 US changes', () => {
    const zone = 'America/Los_Angeles';
    for (const startIso of ['2026-03-07T00:00:00Z', '2026-10-31T00:00:00Z']) {
      const start = Date.parse(startIso);
      for (let t = start; t < start + 3 * 86_400_000; t += 37 * 60_000) {
        const parts = utcToZonedParts(new Date(t), zone);
        const back = zonedTimeToUtc(parts, zone).getTime();
        // Times in the repeated hour come back as the first instant; all others exactly.
        expect([t, t - 3_600_000]).toContain(back);
      }
    }
  });
});
