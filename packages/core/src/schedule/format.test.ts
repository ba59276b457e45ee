import { describe, expect, it } from 'vitest';
import { describeSchedule, formatInZone } from './format.js';
import { nextOccurrences } from './occurrences.js';
import { ScheduleSchema } from './schedule-schema.js';

const online = ScheduleSchema.parse({
  type: 'weekly',
  timeZone: 'America/New_York',
  slots: [{ day: 2, start: '19:00', end: '20:00' }],
});

describe('formatInZone', () => {
  it('shows a 19:00 New York meeting to a Los Angeles visitor at 16:00', () => {
    const [next] = nextOccurrences(online, new Date('2026-03-01T00:00:00Z'), 1);
    expect(next).toBeDefined();
    if (next === undefined) return;
    const la = formatInZone(next.start, 'America/Los_Angeles', 'en-US');
    expect(la).toMatchObject({ weekday: 'Tuesday', dayOfWeek: 2, timeZoneName: 'PST' });
    expect(la.time.replace(/\s/g, ' ')).toBe('4:00 PM');
    expect(formatInZone(next.start, 'America/Los_Angeles', 'es').text).toBe('martes 16:00');
    expect(formatInZone(next.start, 'America/New_York', 'es').text).toBe('martes 19:00');
  });

  it('shows the date in the viewer zone when it is already the next day there', () => {
    const at = new Date('2026-03-03T23:30:00Z'); // Tuesday 18:30 in New York
    const tokyo = formatInZone(at, 'Asia/Tokyo', 'en-US');
    expect(tokyo.weekday).toBe('Wednesday');
    expect(tokyo.dayOfWeek).toBe(3);
    expect(tokyo.date).toBe('March 4');
  });
});

describe('describeSchedule', () => {
  it('names the schedule zone in each locale', () => {
    expect(describeSchedule(online, 'en-US').replace(/\s/g, ' ')).toBe(
      'Tuesday 7:00 PM–8:00 PM (Eastern Time)',
    );
    expect(describeSchedule(online, 'es')).toMatch(/^martes 19:00–20:00 \(.+\)$/);
  });

  it('converts to the viewer zone as of the next occurrence, across the DST gap between zones', () => {
    const london = ScheduleSchema.parse({
      type: 'weekly',
      timeZone: 'Europe/London',
      slots: [{ day: 2, start: '20:00' }],
    });
    // 2026-03-10: New York is already on EDT, London still on GMT: 4 hours apart.
    expect(describeSchedule(london, 'es', 'America/New_York', new Date('2026-03-09T00:00:00Z'))).toMatch(
      /^martes 16:00 \(/,
    );
    // 2026-04-07: both on summer time: 5 hours apart.
    expect(describeSchedule(london, 'es', 'America/New_York', new Date('2026-04-06T00:00:00Z'))).toMatch(
      /^martes 15:00 \(/,
    );
  });

  it('describes opening hours, 24/7 and by appointment', () => {
    const hours = ScheduleSchema.parse({
      type: 'opening-hours',
      timeZone: 'America/Chicago',
      hours: [
        { day: 1, opens: '13:00', closes: '17:00' },
        { day: 1, opens: '09:00', closes: '12:00' },
        { day: 3, opens: '09:00', closes: '24:00' },
      ],
    });
    expect(describeSchedule(hours, 'es')).toMatch(/^lunes 9:00–12:00, 13:00–17:00; miércoles 9:00–0:00 \(/);
    expect(describeSchedule({ type: 'always' }, 'es')).toBe('Abierto las 24 horas, todos los días');
    expect(
      describeSchedule({ type: 'by-appointment', note: { en: 'Call first', es: 'Llame antes' } }, 'en'),
    ).toBe('By appointment: Call first');
  });
});
