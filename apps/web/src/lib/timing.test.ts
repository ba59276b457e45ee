import type { Schedule } from '@recovery-circles/core';
import { describe, expect, it } from 'vitest';
import { FINDER } from '../i18n/finder.js';
import { milesText, timingOf } from './timing.js';

const tuesdayEvening: Schedule = {
  type: 'weekly',
  timeZone: 'America/New_York',
  slots: [{ day: 2, start: '19:00', end: '20:00' }],
};

describe('when a meeting happens, in words', () => {
  const f = FINDER.en;
  it('says "starts in 20 min" twenty minutes before', () => {
    // Tuesday 2026-03-10 18:40 in New York (EDT, UTC-4).
    const now = new Date('2026-03-10T22:40:00Z');
    expect(timingOf(tuesdayEvening, now, 'America/New_York', 'en', f)).toEqual({
      kind: 'starting-soon',
      text: 'Starts in 20 min',
    });
  });

  it('says "in progress" during it', () => {
    const now = new Date('2026-03-10T23:30:00Z');
    expect(timingOf(tuesdayEvening, now, 'America/Chicago', 'en', f)?.kind).toBe('in-progress');
  });

  it('gives the next time in the visitor’s zone and language', () => {
    const now = new Date('2026-03-11T12:00:00Z');
    const en = timingOf(tuesdayEvening, now, 'America/Los_Angeles', 'en', f);
    expect(en?.text).toBe('Next: Tuesday, March 17, 4:00 PM PDT');
    const es = timingOf(tuesdayEvening, now, 'America/New_York', 'es', FINDER.es);
    expect(es?.text).toMatch(/^Próxima: martes, 17 de marzo, 7:00/);
  });

  it('has nothing to say for by-appointment', () => {
    expect(timingOf({ type: 'by-appointment' }, new Date(), 'UTC', 'en', f)).toBeUndefined();
    expect(milesText(1.609344)).toBe('1.0');
    expect(milesText(40)).toBe('25');
  });
});
