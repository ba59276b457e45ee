import { describe, expect, it } from 'vitest';
import { CRISIS_LINES } from '../crisis/crisis-lines.js';
import { STARTER_DIRECTORY } from '../directory/starter-directory.js';
import { MatchResultSchema } from '../model/match-result.js';
import { createIndex } from '../search/create-index.js';
import { match } from './match.js';
import { testMeeting, testOnlineService, testProvider } from './testing/build.js';

const now = new Date('2025-03-18T22:45:00Z');
const origin = { lat: 39.95, lng: -75.17 };

const local = [
  ...['a', 'b', 'c', 'd'].map((id, i) =>
    testMeeting(`same-${id}`, {
      name: 'Same Group',
      location: { city: 'Testville', coordinates: { lat: 39.95 + i * 0.001, lng: -75.17 } },
    }),
  ),
  testMeeting('other-1', {
    name: 'Other Group One',
    location: { city: 'Testville', coordinates: { lat: 39.96, lng: -75.18 } },
  }),
  testMeeting('other-2', {
    name: 'Other Group Two',
    location: { city: 'Testville', coordinates: { lat: 39.97, lng: -75.18 } },
  }),
  testProvider('clinic', { concerns: ['alcohol'] }),
];
const index = createIndex([...STARTER_DIRECTORY, ...local]);

describe('match', () => {
  it('returns a result that validates against MatchResultSchema', () => {
    const result = match({ concerns: ['alcohol'] }, index, { now, origin });
    expect(() => MatchResultSchema.parse(result)).not.toThrow();
    expect(result.generatedAt).toBe(now.toISOString());
  });

  it('keeps every crisis line whatever is asked', () => {
    const result = match({ concerns: ['gambling'], languages: ['fr'], languageRequired: true }, index, {
      now,
      origin,
    });
    expect(result.crisis.map((l) => l.lineId).sort()).toEqual(CRISIS_LINES.map((l) => l.id).sort());
    expect(result.crisis.every((l) => l.resourceId?.startsWith('hotline-'))).toBe(true);
  });

  it('shows the best few per circle, at most one listing per group unless nothing else', () => {
    const result = match({ concerns: ['alcohol'], attendance: ['in-person'] }, index, { now, origin });
    const peers = result.circles.peers;
    expect(peers.items).toHaveLength(3);
    const names = peers.items.map((i) => index.get(i.resourceId)?.name);
    expect(new Set(names).size).toBe(3);
    expect(peers.total).toBe(6);
    expect(peers.hasMore).toBe(true);
    const big = match({ concerns: ['alcohol'], attendance: ['in-person'] }, index, {
      now,
      origin,
      perCircleLimit: 5,
    });
    // Three groups only: the section fills with more of the same group rather than stay short.
    expect(big.circles.peers.items).toHaveLength(5);
  });

  it('honours perCircleLimit of 0 and 1', () => {
    const none = match({ concerns: ['alcohol'] }, index, { now, origin, perCircleLimit: 0 });
    expect(none.circles.peers.items).toEqual([]);
    const one = match({ concerns: ['alcohol'] }, index, { now, origin, perCircleLimit: 1 });
    expect(one.circles.peers.items).toHaveLength(1);
  });

  it('orders circles for a family member with the family circle first', () => {
    expect(Object.keys(match({ forWhom: 'someone-i-care-about' }, index, { now, origin }).circles)).toEqual([
      'family',
      'peers',
      'professionals',
    ]);
    expect(Object.keys(match({}, index, { now, origin }).circles)).toEqual([
      'peers',
      'professionals',
      'family',
    ]);
  });

  it('widens honestly when nothing is near', () => {
    const far = { lat: 44.5, lng: -110.5 };
    const result = match({ concerns: ['alcohol'] }, index, { now, origin: far });
    expect(result.circles.peers.widenedReason).toBeDefined();
    expect(
      result.circles.peers.items.every((i) =>
        i.reasons.some((r) => r.code === 'national-program' || r.code === 'online'),
      ),
    ).toBe(true);
    expect(result.notices.map((n) => n.code)).toContain('few-results');
    expect(result.notices.find((n) => n.code === 'few-results')?.text.en).toBe(
      'Nothing within 10 miles; these meet online or by phone.',
    );
    expect(result.widened?.reasons.length).toBeGreaterThan(0);
  });

  it('widens the radius for someone who only goes in person', () => {
    const nearBy = { lat: 40.1, lng: -75.17 }; // about 17 km north of the meetings
    const result = match({ concerns: ['alcohol'], attendance: ['in-person'], radius: 5 }, index, {
      now,
      origin: nearBy,
    });
    expect(result.circles.peers.widenedReason).toBe('radius-expanded');
    expect(result.widened?.radius).toEqual({ from: 5, to: 15, unit: 'mi' });
    expect(result.circles.peers.items[0]?.unmet.map((u) => u.code)).toContain('too-far');
  });

  it('uses coordinates given in the profile, and tells when there is no place', () => {
    const withWhere = match({ where: origin, concerns: ['alcohol'] }, index, { now });
    expect(withWhere.circles.peers.items.some((i) => i.reasons.some((r) => r.code === 'next-meeting'))).toBe(
      true,
    );
    const zip = match({ where: { zip: '19103' } }, index, { now });
    expect(zip.notices.map((n) => n.code)).toContain('location-not-found');
    const none = match({}, index, { now });
    expect(none.notices.map((n) => n.code)).toContain('no-location-given');
  });

  it('accepts a plain list of resources and embeds public views when asked', () => {
    const result = match({ concerns: ['alcohol'] }, [...STARTER_DIRECTORY, ...local], {
      now,
      origin,
      embed: true,
    });
    expect(result.circles.peers.items[0]?.resource?.id).toBe(result.circles.peers.items[0]?.resourceId);
    expect(result.crisis[0]?.line?.id).toBe(result.crisis[0]?.lineId);
  });

  it('puts crisis help first when the visitor is in crisis', () => {
    const result = match({ urgency: 'crisis' }, index, { now, origin });
    expect(result.notices.slice(0, 2).map((n) => n.code)).toEqual(['crisis-first', 'emergency-call-911']);
    expect(result.crisis[0]?.featured).toBe(true);
  });

  it('is deterministic', () => {
    const profile = { concerns: ['alcohol' as const], forWhom: 'someone-i-care-about' as const };
    expect(match(profile, index, { now, origin })).toEqual(
      match(profile, createIndex([...local].reverse().concat(STARTER_DIRECTORY)), { now, origin }),
    );
  });

  it('never suggests a closed meeting to a family member, and says it left them out', () => {
    const closed = createIndex([...STARTER_DIRECTORY, testMeeting('closed', { meetingAccess: 'closed' })]);
    const result = match({ forWhom: 'someone-i-care-about', concerns: ['alcohol'] }, closed, { now, origin });
    expect(result.circles.peers.items.map((i) => i.resourceId)).not.toContain('closed');
    expect(result.notices.map((n) => n.code)).toContain('closed-meetings-left-out');
  });

  it('labels peers and professionals as for the person a family member cares about', () => {
    const result = match({ forWhom: 'someone-i-care-about', concerns: ['alcohol'] }, index, { now, origin });
    expect(result.circles.family.items.every((i) => !i.forPersonYouCareAbout)).toBe(true);
    expect(result.circles.peers.items.every((i) => i.forPersonYouCareAbout)).toBe(true);
  });

  it('ranks remote meetings of one kind by their times, and counts a hybrid one nearby once', () => {
    // Alike but for their times (one bundle of classes); in id order they are the reverse of
    // their time order. Now is Tuesday 18:45 in New York.
    const online = (id: string, day: number, start: string, end: string) =>
      testMeeting(id, {
        attendance: ['online'],
        location: undefined,
        schedule: { type: 'weekly', slots: [{ day, start, end }], timeZone: 'America/New_York' },
      });
    const remote = [
      online('online-a', 6, '10:00', '11:00'),
      online('online-b', 3, '10:00', '11:00'),
      online('online-c', 2, '18:30', '19:30'),
      online('online-d', 2, '19:00', '20:00'),
    ];
    const hybrid = testMeeting('hybrid-e', { attendance: ['hybrid'] });
    const both = createIndex([...remote, hybrid]);
    const anywhere = match({ concerns: ['alcohol'], attendance: ['online'] }, createIndex(remote), { now });
    expect(anywhere.circles.peers.items.map((i) => i.resourceId)).toEqual([
      'online-c',
      'online-d',
      'online-b',
    ]);
    const near = match({ concerns: ['alcohol'] }, both, { now, origin });
    const ids = near.circles.peers.items.map((i) => i.resourceId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(near.circles.peers.total).toBe(5);
    expect(match({ concerns: ['alcohol'] }, [...remote, hybrid], { now, origin })).toEqual(near);
  });

  it('never shows the same resource in two circles', () => {
    const both = testOnlineService('both-circles', { circles: ['family', 'peers'], serves: 'both' });
    const result = match({}, createIndex([both]), { now });
    const all = [...result.circles.family.items, ...result.circles.peers.items].map((i) => i.resourceId);
    expect(all).toEqual(['both-circles']);
  });
});
