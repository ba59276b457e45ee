import { describe, expect, it } from 'vitest';
import { type Resource, ResourceSchema } from '../../model/index.js';
import { toICalendar, vtimezone } from './ics.js';

function meeting(timeZone: string, overrides: Partial<Record<string, unknown>> = {}): Resource {
  return ResourceSchema.parse({
    kind: 'meeting',
    id: 'example-tuesday-group',
    slug: 'example-tuesday-group',
    name: 'Example Tuesday Group; Open, Discussion',
    circles: ['peers'],
    serves: 'person-in-recovery',
    schedule: { type: 'weekly', timeZone, slots: [{ day: 2, start: '19:00', end: '20:00' }] },
    location: {
      street: '1 Example Street',
      city: 'Philadelphia',
      region: 'PA',
      country: 'US',
      precision: 'exact',
    },
    provenance: { source: 'test' },
    ...overrides,
  });
}

describe('toICalendar', () => {
  const now = new Date('2026-11-25T12:00:00Z');

  it('writes a weekly event in the meeting zone with a VTIMEZONE that has both US changes', () => {
    const ics = toICalendar(meeting('America/New_York'), { now, uidDomain: 'example.org' });
    expect(ics).toBeDefined();
    const text = ics ?? '';
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text).toContain('DTSTART;TZID=America/New_York:20261201T190000');
    expect(text).toContain('DTEND;TZID=America/New_York:20261201T200000');
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU');
    expect(text).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400',
    );
    expect(text).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500',
    );
    expect(text).toContain('SUMMARY:Example Tuesday Group\\; Open\\, Discussion');
    expect(text).toContain('UID:example-tuesday-group-0@example.org');
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('gives a zone without daylight saving one fixed observance', () => {
    const lines = vtimezone('America/Phoenix', 2026, 2027);
    expect(lines.filter((l) => l.startsWith('BEGIN:')).slice(1)).toEqual(['BEGIN:STANDARD']);
    expect(lines).toContain('TZOFFSETTO:-0700');
  });

  it('finds London changes at 01:00 UTC', () => {
    const lines = vtimezone('Europe/London', 2026, 2026);
    expect(lines.join('\n')).toContain(
      'BEGIN:DAYLIGHT\nDTSTART:20260329T010000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0100',
    );
  });

  it('never includes a confidential street', () => {
    const ics = toICalendar(
      meeting('America/New_York', {
        location: { street: '9 Private Lane', city: 'Philadelphia', region: 'PA', precision: 'confidential' },
      }),
      { now },
    );
    expect(ics).not.toContain('Private Lane');
    expect(ics).toContain('LOCATION:Philadelphia\\, PA');
  });

  it('has nothing to say for a resource without a weekly schedule', () => {
    expect(
      toICalendar(meeting('America/New_York', { schedule: { type: 'always' } }), { now }),
    ).toBeUndefined();
  });
});
