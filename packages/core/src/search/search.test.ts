import { describe, expect, it } from 'vitest';
import { STARTER_DIRECTORY } from '../directory/starter-directory.js';
import { testMeeting, testOnlineService, testProvider } from '../match/testing/build.js';
import { createIndex } from './create-index.js';
import { InvalidCursorError } from './cursor.js';
import { search } from './search.js';
import { SearchQueryParamsSchema, SearchQuerySchema } from './search-query.js';

// Tuesday 18 March 2025, 18:45 in New York.
const now = new Date('2025-03-18T22:45:00Z');
const center = { lat: 39.95, lng: -75.17 };

const resources = [
  ...STARTER_DIRECTORY,
  testMeeting('tue-7pm', { name: 'Tuesday Night Hope' }),
  testMeeting('tue-6pm', {
    name: 'Early Evening Group',
    schedule: {
      type: 'weekly',
      slots: [{ day: 2, start: '18:30', end: '19:30' }],
      timeZone: 'America/New_York',
    },
    location: { city: 'Camden', coordinates: { lat: 39.94, lng: -75.12 } },
  }),
  testMeeting('sat-es', {
    name: 'Grupo Esperanza',
    languages: ['es'],
    audiences: ['women'],
    schedule: {
      type: 'weekly',
      slots: [{ day: 6, start: '10:00', end: '11:00' }],
      timeZone: 'America/New_York',
    },
    location: { city: 'Norristown', coordinates: { lat: 40.12, lng: -75.34 } },
  }),
  testMeeting('closed-group', { status: 'inactive', name: 'Tuesday Old Group' }),
  testProvider('clinic', {
    cost: ['medicaid'],
    medications: ['buprenorphine'],
    updatedAt: '2025-03-01T00:00:00Z',
  }),
  testOnlineService('online', { name: 'Online Hope', attendance: ['online'] }),
];
const index = createIndex(resources);

const ids = (query: Parameters<typeof search>[1]) =>
  search(index, query, { now }).items.map((i) => i.resource.id);

describe('search', () => {
  it('leaves inactive records out unless asked', () => {
    expect(ids({ q: 'tuesday' })).toEqual(['tue-7pm']);
    expect(ids({ q: 'tuesday', status: ['active', 'inactive'] })).toEqual(['closed-group', 'tue-7pm']);
  });

  it('finds words by prefix and ranks name matches first', () => {
    expect(ids({ q: 'esper' })).toEqual(['sat-es']);
    expect(ids({ q: 'hope', kind: ['meeting', 'service'] })).toEqual(['online', 'tue-7pm']);
  });

  it('filters near a point within a radius and sorts by distance', () => {
    expect(ids({ near: center, radius: 5, sort: 'distance' })).toEqual(['clinic', 'tue-7pm', 'tue-6pm']);
    const result = search(index, { near: center, radius: 5, radiusUnit: 'km', sort: 'distance' }, { now });
    expect(result.items.map((i) => i.resource.id)).toEqual(['clinic', 'tue-7pm', 'tue-6pm']);
    expect(result.items[2]?.distanceKm).toBeGreaterThan(4);
  });

  it('filters by facets: concerns with their general term, languages by primary tag, audiences, cost', () => {
    expect(ids({ concerns: ['opioids'], kind: ['provider'] })).toEqual(['clinic']);
    expect(ids({ concerns: ['alcohol'], kind: ['service'], circle: ['peers'] })).toContain(
      'national-narcotics-anonymous',
    );
    expect(ids({ languages: ['es-MX'], kind: ['meeting'] })).toEqual(['sat-es']);
    expect(ids({ audiences: ['women'], kind: ['meeting'] })).toEqual(['sat-es']);
    expect(ids({ cost: ['medicaid'] })).toEqual(['clinic']);
    expect(ids({ attendance: ['online'], q: 'online hope' })).toEqual(['online']);
    expect(ids({ attendance: ['in-person'], q: 'online hope' })).toEqual([]);
  });

  it('filters by day and time window, in the meeting’s zone or a given one', () => {
    expect(ids({ day: 2, timeFrom: '18:00', timeTo: '19:00', kind: ['meeting'] })).toEqual(['tue-6pm']);
    // 18:30 in New York is 15:30 in Los Angeles.
    expect(
      ids({ day: 2, timeFrom: '15:00', timeTo: '16:00', timeZone: 'America/Los_Angeles', kind: ['meeting'] }),
    ).toEqual(['tue-6pm']);
  });

  it('finds what is in progress and what starts soon, and sorts by next occurrence', () => {
    expect(ids({ inProgress: true, kind: ['meeting'] })).toEqual(['tue-6pm']);
    expect(ids({ startingWithin: 30, kind: ['meeting'] })).toEqual(['tue-7pm']);
    const next = search(index, { kind: ['meeting'], sort: 'next' }, { now });
    expect(next.items.map((i) => i.resource.id)).toEqual(['tue-6pm', 'tue-7pm', 'sat-es']);
    expect(next.items[0]?.status).toBe('in-progress');
    expect(next.items[1]?.status).toBe('starting-soon');
    expect(next.items[1]?.nextOccurrence?.start).toBe('2025-03-18T23:00:00.000Z');
  });

  it('filters by last update', () => {
    expect(ids({ updatedAfter: '2025-02-01T00:00:00Z' })).toEqual(['clinic']);
  });

  it('pages with an opaque cursor and rejects a cursor from another query', () => {
    const first = search(index, { kind: ['service'], limit: 5 }, { now });
    expect(first.items).toHaveLength(5);
    expect(first.nextCursor).not.toBeNull();
    const all: string[] = first.items.map((i) => i.resource.id);
    let cursor = first.nextCursor;
    while (cursor !== null) {
      const page = search(index, { kind: ['service'], limit: 5, cursor }, { now });
      all.push(...page.items.map((i) => i.resource.id));
      cursor = page.nextCursor;
    }
    expect(all).toHaveLength(first.total);
    expect(new Set(all).size).toBe(first.total);
    expect(() => search(index, { kind: ['meeting'], cursor: first.nextCursor ?? '' }, { now })).toThrow(
      InvalidCursorError,
    );
    expect(() => search(index, { cursor: 'not a cursor' }, { now })).toThrow(InvalidCursorError);
  });

  it('never returns a confidential street', () => {
    const hidden = createIndex([
      testMeeting('shelter', {
        location: {
          street: '1 Hidden Way',
          city: 'Testville',
          coordinates: center,
          precision: 'confidential',
        },
      }),
    ]);
    const item = search(hidden, { near: center, radius: 5 }, { now }).items[0];
    expect(item?.resource.location?.street).toBeUndefined();
    expect(item?.resource.location?.coordinates).toBeUndefined();
  });
});

describe('SearchQueryParamsSchema', () => {
  it('coerces query-string values into a search query', () => {
    const query = SearchQueryParamsSchema.parse({
      q: 'hope',
      near: '39.95,-75.17',
      radius: '25',
      concerns: 'alcohol,opioids',
      languages: ['es', 'en'],
      in_progress: 'true',
      starting_within: '30',
      day: '2',
      time_from: '18:00',
      time_to: '21:00',
      sort: 'distance',
      limit: '10',
    });
    expect(query).toMatchObject({
      q: 'hope',
      near: { lat: 39.95, lng: -75.17 },
      radius: 25,
      radiusUnit: 'mi',
      concerns: ['alcohol', 'opioids'],
      languages: ['es', 'en'],
      inProgress: true,
      startingWithin: 30,
      day: 2,
      timeFrom: '18:00',
      timeTo: '21:00',
      sort: 'distance',
      limit: 10,
      status: ['active'],
    });
    expect(SearchQuerySchema.parse(query)).toEqual(query);
  });

  it.each([
    ['a bad point', { near: '39.95' }],
    ['an unknown concern', { concerns: 'heroin' }],
    ['a non-boolean flag', { in_progress: 'maybe' }],
    ['a limit too large', { limit: '1000' }],
    ['distance sort without near', { sort: 'distance' }],
    ['an end before the start', { time_from: '20:00', time_to: '19:00' }],
  ])('refuses %s', (_what, params) => {
    expect(SearchQueryParamsSchema.safeParse(params).success).toBe(false);
  });
});
