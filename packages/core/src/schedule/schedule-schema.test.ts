import { describe, expect, it } from 'vitest';
import { isValidTimeZone, ScheduleSchema, WeeklySlotSchema } from './schedule-schema.js';

describe('ScheduleSchema', () => {
  it('accepts each kind of schedule', () => {
    expect(
      ScheduleSchema.parse({
        type: 'weekly',
        timeZone: 'America/New_York',
        slots: [{ day: 0, start: '19:00' }],
      }).type,
    ).toBe('weekly');
    expect(
      ScheduleSchema.parse({
        type: 'opening-hours',
        timeZone: 'Europe/London',
        hours: [{ day: 1, opens: '09:00', closes: '24:00' }],
      }).type,
    ).toBe('opening-hours');
    expect(ScheduleSchema.parse({ type: 'always' }).type).toBe('always');
    expect(
      ScheduleSchema.parse({ type: 'by-appointment', note: { en: 'Call first', es: 'Llame antes' } }).type,
    ).toBe('by-appointment');
  });

  it('rejects unknown zones, bad times, days and reversed validity', () => {
    const base = { type: 'weekly', slots: [{ day: 0, start: '19:00' }] };
    expect(ScheduleSchema.safeParse({ ...base, timeZone: 'Mars/Olympus_Mons' }).success).toBe(false);
    expect(ScheduleSchema.safeParse({ ...base, timeZone: '' }).success).toBe(false);
    expect(WeeklySlotSchema.safeParse({ day: 7, start: '19:00' }).success).toBe(false);
    expect(WeeklySlotSchema.safeParse({ day: 1, start: '7:00 PM' }).success).toBe(false);
    expect(WeeklySlotSchema.safeParse({ day: 1, start: '24:00' }).success).toBe(false);
    expect(
      ScheduleSchema.safeParse({ ...base, timeZone: 'UTC', validFrom: '2026-05-02', validTo: '2026-05-01' })
        .success,
    ).toBe(false);
    expect(isValidTimeZone('America/Phoenix')).toBe(true);
  });
});
