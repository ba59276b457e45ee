import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRISIS_LINES } from '../crisis/crisis-lines.js';
import { STARTER_DIRECTORY } from '../directory/starter-directory.js';
import { MatchResultSchema } from '../model/match-result.js';
import { type NeedsProfileInput, NeedsProfileSchema } from '../model/needs-profile.js';
import { type Resource, ResourceSchema } from '../model/resource.js';
import { createIndex } from '../search/create-index.js';
import { AGE_GROUPS } from '../vocab/age-groups.js';
import { APPROACHES } from '../vocab/approaches.js';
import { ATTENDANCE_MODES } from '../vocab/attendance.js';
import { AUDIENCES } from '../vocab/audiences.js';
import { CONCERNS } from '../vocab/concerns.js';
import { COSTS } from '../vocab/costs.js';
import { LEVELS_OF_CARE } from '../vocab/levels-of-care.js';
import { MEDICATIONS } from '../vocab/medications.js';
import { brokenHardRule } from './hard-rules.js';
import { match } from './match.js';
import { profileFacts } from './profile-facts.js';

const ids = <T extends { readonly id: string }>(terms: readonly T[]) => terms.map((t) => t.id) as T['id'][];
const some = <T>(values: readonly T[], max = 3) =>
  fc.uniqueArray(fc.constantFrom(...values), { maxLength: max });

const center = { lat: 39.95, lng: -75.17 };
const zones = ['America/New_York', 'America/Chicago', 'America/Los_Angeles'] as const;

const slot = fc.record({
  day: fc.integer({ min: 0, max: 6 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.constantFrom(0, 15, 30, 45),
  length: fc.constantFrom(30, 60, 90),
});

/** A placeholder resource ("Group 17") built from the vocabularies. */
const resourceArb = (n: number) =>
  fc
    .record({
      kind: fc.constantFrom('meeting', 'service', 'provider'),
      group: fc.integer({ min: 0, max: 6 }),
      circle: fc.constantFrom('family', 'peers', 'professionals'),
      concerns: some(ids(CONCERNS), 2),
      approaches: some(ids(APPROACHES), 2),
      audiences: some(ids(AUDIENCES), 2),
      languages: some(['en', 'es', 'es-MX', 'fr'], 2),
      attendance: some(ids(ATTENDANCE_MODES), 2),
      cost: some(ids(COSTS), 2),
      status: fc.constantFrom('active', 'active', 'active', 'inactive', 'temporarily-closed'),
      access: fc.constantFrom('open', 'closed', 'unknown'),
      located: fc.boolean(),
      dLat: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
      dLng: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
      slots: fc.array(slot, { minLength: 1, maxLength: 2 }),
      zone: fc.constantFrom(...zones),
      medications: some(ids(MEDICATIONS), 2),
      levels: some(ids(LEVELS_OF_CARE), 2),
      verified: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
    })
    .map((r): Resource => {
      const id = `r${n}`;
      const hh = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
      const common = {
        id,
        slug: id,
        name: `Group ${r.group}`,
        circles: [r.circle],
        serves: r.circle === 'family' ? 'family-and-friends' : 'person-in-recovery',
        concerns: r.concerns,
        approaches: r.approaches,
        audiences: r.audiences,
        languages: r.languages,
        attendance: r.attendance,
        cost: r.cost,
        status: r.status,
        provenance: { source: 'curator' },
        verification: {
          verifiedAt:
            r.verified === undefined
              ? null
              : new Date(Date.UTC(2025, 2, 18) - r.verified * 86_400_000).toISOString(),
        },
        ...(r.located
          ? {
              location: {
                city: 'Testville',
                coordinates: { lat: center.lat + r.dLat, lng: center.lng + r.dLng },
              },
            }
          : {}),
      };
      const weekly = {
        type: 'weekly',
        timeZone: r.zone,
        slots: r.slots.map((s) => ({ day: s.day, start: hh(s.hour, s.minute), durationMinutes: s.length })),
      };
      if (r.kind === 'meeting') {
        return ResourceSchema.parse({
          ...common,
          kind: 'meeting',
          meetingAccess: r.access,
          schedule: weekly,
        });
      }
      if (r.kind === 'provider') {
        return ResourceSchema.parse({
          ...common,
          kind: 'provider',
          providerType: 'facility',
          medications: r.medications,
          levelsOfCare: r.levels,
          schedule: { type: 'by-appointment' },
        });
      }
      return ResourceSchema.parse({ ...common, kind: 'service', schedule: weekly });
    });

const resourcesArb = fc
  .integer({ min: 0, max: 40 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => resourceArb(i))));

const profileArb: fc.Arbitrary<NeedsProfileInput> = fc.record(
  {
    forWhom: fc.constantFrom('me', 'someone-i-care-about'),
    concerns: some(ids(CONCERNS), 2),
    languages: some(['en', 'es', 'fr'], 2),
    languageRequired: fc.boolean(),
    audiences: some(ids(AUDIENCES), 2),
    requiredAudiences: some(['women', 'veterans', 'lgbtq'] as const, 1),
    approaches: fc.oneof(fc.constant('not-sure' as const), some(ids(APPROACHES), 2)),
    attendance: some(ids(ATTENDANCE_MODES), 2),
    onlineOnly: fc.boolean(),
    cost: fc.record({
      mustBeFree: fc.boolean(),
      insurance: some(['medicaid', 'medicare'] as const, 1),
      uninsured: fc.boolean(),
    }),
    medications: some(ids(MEDICATIONS), 1),
    urgency: fc.constantFrom('crisis', 'soon', 'exploring'),
    ageGroup: fc.constantFrom(...ids(AGE_GROUPS)),
    radius: fc.constantFrom(1, 5, 10, 25),
    availability: fc.array(
      fc
        .record({
          day: fc.integer({ min: 0, max: 6 }),
          window: fc.constantFrom(['08:00', '12:00'], ['17:00', '22:00'], ['06:00', '24:00']),
        })
        .map(({ day, window: [from, to] }) => ({ day, from: from ?? '08:00', to: to ?? '12:00' })),
      { maxLength: 2 },
    ),
    timeZone: fc.constantFrom(...zones),
  },
  { requiredKeys: [] },
);

const optionsArb = fc.record({
  now: fc.date({
    min: new Date('2025-01-01T00:00:00Z'),
    max: new Date('2026-12-31T00:00:00Z'),
    noInvalidDate: true,
  }),
  perCircleLimit: fc.integer({ min: 0, max: 5 }),
  located: fc.boolean(),
  locale: fc.constantFrom('en', 'es'),
});

describe('match properties', () => {
  it('is deterministic, whatever order the resources come in', () => {
    fc.assert(
      fc.property(resourcesArb, profileArb, optionsArb, (resources, profile, o) => {
        const options = {
          now: o.now,
          perCircleLimit: o.perCircleLimit,
          locale: o.locale,
          ...(o.located ? { origin: center } : {}),
        };
        const first = match(profile, createIndex([...STARTER_DIRECTORY, ...resources]), options);
        const again = match(
          profile,
          createIndex([...resources].reverse().concat(STARTER_DIRECTORY)),
          options,
        );
        expect(again).toEqual(first);
      }),
      { numRuns: 60 },
    );
  });

  it('never drops a crisis line, never breaks a hard rule, never exceeds the limit, and validates', () => {
    fc.assert(
      fc.property(resourcesArb, profileArb, optionsArb, (resources, profile, o) => {
        const index = createIndex([...STARTER_DIRECTORY, ...resources]);
        const origin = o.located ? center : undefined;
        const result = match(profile, index, {
          now: o.now,
          perCircleLimit: o.perCircleLimit,
          locale: o.locale,
          ...(origin ? { origin } : {}),
        });
        expect(MatchResultSchema.safeParse(result).success).toBe(true);
        expect(result.crisis.map((l) => l.lineId).sort()).toEqual(CRISIS_LINES.map((l) => l.id).sort());
        expect(result.crisis.filter((l) => l.featured)).toHaveLength(1);
        const parsed = NeedsProfileSchema.parse(profile);
        const facts = profileFacts(parsed, origin, o.locale);
        for (const section of Object.values(result.circles)) {
          expect(section.items.length).toBeLessThanOrEqual(o.perCircleLimit);
          expect(section.total).toBeGreaterThanOrEqual(section.items.length);
          for (const item of section.items) {
            const entry = index.entry(item.resourceId);
            expect(entry).toBeDefined();
            if (entry === undefined) continue;
            expect(brokenHardRule(entry, facts)).toBeUndefined();
            expect(entry.status).toBe('active');
            if (parsed.forWhom === 'someone-i-care-about' && entry.closedMeeting)
              expect(entry.forFamilies).toBe(true);
            expect(item.score).toBeGreaterThanOrEqual(0);
            expect(item.score).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
