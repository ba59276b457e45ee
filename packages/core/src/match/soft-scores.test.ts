import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SectionCircle } from '../model/match-result.js';
import { type NeedsProfileInput, NeedsProfileSchema } from '../model/needs-profile.js';
import type { Resource } from '../model/resource.js';
import { indexResource } from '../search/indexed-resource.js';
import { createZoneClock } from '../search/week-clock.js';
import { profileFacts } from './profile-facts.js';
import {
  remoteClassTimeBound,
  remoteTimeBound,
  softWeights,
  staticScore,
  timeScore,
  type Why,
} from './soft-scores.js';
import { testMeeting, testOnlineService, testProvider } from './testing/build.js';

// Tuesday 18 March 2025, 18:45 in New York.
const now = new Date('2025-03-18T22:45:00Z');
const origin = { lat: 39.95, lng: -75.17 };

function score(
  resource: Resource,
  profile: NeedsProfileInput,
  options: { distanceKm?: number; circle?: SectionCircle; at?: Date } = {},
): { value: number; why: Why } {
  const f = profileFacts(NeedsProfileSchema.parse(profile), origin, 'en');
  const w = softWeights(f);
  const e = indexResource(resource);
  const why: Why = { reasons: [], unmet: [] };
  const clock = createZoneClock(options.at ?? now);
  const value =
    (staticScore(e, options.distanceKm, options.circle ?? 'peers', f, w, clock.nowMs, why) +
      timeScore(e, options.distanceKm, f, w, clock, why)) /
    w.total;
  return { value, why };
}

const codes = (why: Why) => why.reasons.map((r) => r.code);
const unmetCodes = (why: Why) => why.unmet.map((u) => u.code);

describe('soft scores', () => {
  it('stay between 0 and 1', () => {
    const { value } = score(testMeeting('m'), { concerns: ['alcohol'] }, { distanceKm: 0 });
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThanOrEqual(1);
  });

  it('decay with distance', () => {
    const near = score(testMeeting('m'), {}, { distanceKm: 1 }).value;
    const mid = score(testMeeting('m'), {}, { distanceKm: 8 }).value;
    const far = score(testMeeting('m'), {}, { distanceKm: 15 }).value;
    expect(near).toBeGreaterThan(mid);
    expect(mid).toBeGreaterThan(far);
  });

  it('favour a meeting in progress or starting soon, and say so', () => {
    const soon = score(testMeeting('m'), {}, { distanceKm: 2 });
    expect(codes(soon.why)).toContain('starting-soon');
    const later = score(testMeeting('m'), {}, { distanceKm: 2, at: new Date('2025-03-19T22:45:00Z') });
    expect(soon.value).toBeGreaterThan(later.value);
    const during = score(testMeeting('m'), {}, { distanceKm: 2, at: new Date('2025-03-18T23:15:00Z') });
    expect(codes(during.why)).toContain('in-progress');
  });

  it('favour the next meeting within the visitor’s free times, and note a conflict', () => {
    const free = { availability: [{ day: 2, from: '18:00', to: '21:00' }], timeZone: 'America/New_York' };
    const fits = score(testMeeting('m'), free, { distanceKm: 2, at: new Date('2025-03-17T12:00:00Z') });
    expect(codes(fits.why)).toContain('fits-your-time');
    const busy = { availability: [{ day: 4, from: '08:00', to: '10:00' }], timeZone: 'America/New_York' };
    const clash = score(testMeeting('m'), busy, { distanceKm: 2, at: new Date('2025-03-17T12:00:00Z') });
    expect(unmetCodes(clash.why)).toContain('schedule-conflict');
    expect(fits.value).toBeGreaterThan(clash.value);
  });

  it('favour the approach asked for and name a different one as unmet', () => {
    const secular = { approaches: ['secular' as const] };
    const smart = score(testMeeting('s', { approaches: ['secular'] }), secular, { distanceKm: 3 });
    const twelve = score(testMeeting('t'), secular, { distanceKm: 3 });
    expect(smart.value).toBeGreaterThan(twelve.value);
    expect(codes(smart.why)).toContain('approach');
    expect(unmetCodes(twelve.why)).toContain('approach-different');
  });

  it('fit insurance for professionals and say when it is not listed', () => {
    const medicaid = { cost: { insurance: ['medicaid' as const] } };
    const takes = score(testProvider('p', { cost: ['medicaid'] }), medicaid, {
      distanceKm: 3,
      circle: 'professionals',
    });
    const other = score(testProvider('q', { cost: ['private-insurance'] }), medicaid, {
      distanceKm: 3,
      circle: 'professionals',
    });
    expect(takes.value).toBeGreaterThan(other.value);
    expect(codes(takes.why)).toContain('insurance');
    expect(unmetCodes(other.why)).toContain('insurance-not-accepted');
  });

  it('favour medication for an opioid concern at professionals', () => {
    const moud = score(
      testProvider('p', { medications: ['buprenorphine'] }),
      { concerns: ['opioids'] },
      {
        distanceKm: 3,
        circle: 'professionals',
      },
    );
    const none = score(
      testProvider('q'),
      { concerns: ['opioids'] },
      { distanceKm: 3, circle: 'professionals' },
    );
    expect(moud.value).toBeGreaterThan(none.value);
    expect(moud.why.reasons.find((r) => r.code === 'medication')?.text.en).toBe('Offers Buprenorphine');
  });

  it('favour fresher verification and show "not verified" honestly', () => {
    const fresh = score(
      testMeeting('f', { verification: { verifiedAt: '2025-03-01T00:00:00Z' } }),
      {},
      { distanceKm: 2 },
    );
    const never = score(testMeeting('n'), {}, { distanceKm: 2 });
    expect(fresh.value).toBeGreaterThan(never.value);
    expect(codes(fresh.why)).toContain('verified-recently');
    expect(codes(never.why)).toContain('not-verified');
  });

  it('score an online option for someone who wants online above one who does not say', () => {
    const wanted = score(testOnlineService('o'), { attendance: ['online'] }).value;
    const unsaid = score(testOnlineService('o'), {}).value;
    expect(wanted).toBeGreaterThan(unsaid);
  });

  it('bound the time score of what is joined remotely, exactly when no free times are named', () => {
    const zones = ['America/New_York', 'America/Los_Angeles', 'Europe/London', 'America/Phoenix'];
    const hhmm = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    // A slot that ends when it starts is not a slot (the schema needs a span).
    const slot = fc
      .record({ day: fc.integer({ min: 0, max: 6 }), start: hhmm, end: hhmm })
      .filter((s) => s.start !== s.end);
    fc.assert(
      fc.property(
        fc.array(slot, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...zones),
        // Two years of instants, DST changes included, at any second.
        fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') }),
        fc.boolean(),
        (slots, timeZone, at, withFreeTimes) => {
          const resource = testOnlineService('o', {
            schedule: { type: 'weekly', slots, timeZone },
          });
          const profile: NeedsProfileInput = withFreeTimes
            ? { availability: [{ day: 3, from: '18:00', to: '21:00' }], timeZone: 'America/Chicago' }
            : {};
          const f = profileFacts(NeedsProfileSchema.parse(profile), origin, 'en');
          const w = softWeights(f);
          const clock = createZoneClock(new Date(at));
          const e = indexResource(resource);
          const exact = timeScore(e, undefined, f, w, clock);
          const bound = remoteClassTimeBound(e.schedule, f, w, clock, remoteTimeBound(f, w, clock));
          expect(bound).toBeGreaterThanOrEqual(exact);
          // Without free times, the bound is the score itself unless the clock changes this week.
          if (!withFreeTimes && clock.stableOffset(timeZone) !== undefined) expect(bound).toBe(exact);
        },
      ),
      { numRuns: 500 },
    );
  });
});
