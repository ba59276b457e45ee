import { describe, expect, it } from 'vitest';
import { STARTER_DIRECTORY } from '../directory/starter-directory.js';
import { roundCoordinate } from '../geo/lat-lng.js';
import { match } from '../match/match.js';
import { testMeeting, testOnlineService, testProvider } from '../match/testing/build.js';
import { APPROXIMATE_LOCATION_KM } from '../model/public-view.js';
import type { Resource } from '../model/resource.js';
import { createIndex } from './create-index.js';
import { search } from './search.js';
import { outlineOf, type StoredResource } from './stored-resource.js';

// Tuesday 18 March 2025, 18:45 in New York.
const now = new Date('2025-03-18T22:45:00Z');
const center = { lat: 39.95, lng: -75.17 };

const resources: Resource[] = [
  ...STARTER_DIRECTORY,
  testMeeting('tue-7pm', { name: 'Tuesday Night Hope' }),
  testMeeting('shelter-group', {
    name: 'Safe House Group',
    location: {
      street: '1 Hidden Way',
      city: 'Camden',
      coordinates: { lat: 39.9412345, lng: -75.1298765 },
      precision: 'confidential',
    },
  }),
  testMeeting('closed-group', { status: 'inactive', name: 'Tuesday Old Group' }),
  testProvider('clinic', { cost: ['medicaid'], medications: ['buprenorphine'] }),
  testOnlineService('branches', {
    name: 'Family Circle Network',
    circles: ['family'],
    attendance: ['in-person', 'online'],
    location: { city: 'Media', coordinates: { lat: 39.92, lng: -75.39 } },
    locations: [
      { city: 'Chester', coordinates: { lat: 39.85, lng: -75.36 } },
      { city: 'Somewhere', precision: 'confidential' },
    ],
  }),
];

/** As a store keeps them: the outline and the text, each through JSON as it would be read back. */
function stored(list: readonly Resource[]): StoredResource[] {
  return list.map((resource) => ({
    outline: JSON.parse(JSON.stringify(outlineOf(resource))),
    json: JSON.stringify(resource),
  }));
}

describe('outlineOf', () => {
  it('keeps only what an index files a resource by: id, kind, status, attendance and places', () => {
    const [branches] = resources.filter((r) => r.id === 'branches');
    expect(outlineOf(branches as Resource)).toEqual({
      id: 'branches',
      kind: 'service',
      status: 'active',
      attendance: ['in-person', 'online'],
      location: { coordinates: { lat: 39.92, lng: -75.39 }, precision: 'exact' },
      locations: [
        { coordinates: { lat: 39.85, lng: -75.36 }, precision: 'exact' },
        { coordinates: null, precision: 'confidential' },
      ],
    });
    const online = testOnlineService('online');
    expect(outlineOf(online)).toEqual({
      id: 'online',
      kind: 'service',
      status: 'active',
      attendance: ['online'],
      location: null,
    });
  });
});

describe('an index of stored resources', () => {
  it('answers searches and matches as one of parsed resources does', () => {
    const parsed = createIndex(resources);
    const fromText = createIndex(stored(resources));
    expect(fromText.size).toBe(parsed.size);
    expect(fromText.all()).toEqual(parsed.all());
    const points = (index: typeof parsed) => index.entries().map((e) => [e.id, e.points, e.remote]);
    expect(points(fromText)).toEqual(points(parsed));
    for (const query of [
      { near: center, radius: 10, sort: 'distance' as const },
      { q: 'tuesday hope' },
      { concerns: ['opioids' as const], cost: ['medicaid' as const] },
      { circle: ['family' as const], near: center, radius: 50 },
    ]) {
      expect(search(fromText, query, { now })).toEqual(search(parsed, query, { now }));
    }
    const profile = { concerns: ['alcohol' as const], forSomeoneElse: true };
    expect(match(profile, fromText, { now, origin: center })).toEqual(
      match(profile, parsed, { now, origin: center }),
    );
  });

  it('files by the outline alone, snapping a confidential place, and parses a record on first read', () => {
    const index = createIndex(stored(resources));
    // Nothing parsed yet: every stored record is left.
    expect(index.parseStored(0)).toBe(resources.length);
    const shelter = index.entry('shelter-group');
    const exact = { lat: 39.9412345, lng: -75.1298765 };
    expect(shelter?.points).toEqual([roundCoordinate(exact, APPROXIMATE_LOCATION_KM)]);
    expect(shelter?.points).not.toEqual([exact]);
    expect(index.near(center, 10).map((n) => n.entry.id)).toContain('shelter-group');
    const first = resources[0] as Resource;
    expect(index.get(first.id)).toEqual(first);
    // Ahead in slices, in the order they were added: the one already read is skipped, not counted.
    expect(index.parseStored(3)).toBe(resources.length - 3 - 1);
    expect(index.parseStored(1_000)).toBe(0);
    expect(index.parseStored(1_000)).toBe(0);
  });

  it('replaces a stored record with a parsed one, and the other way round', () => {
    const index = createIndex(stored(resources));
    index.update(testMeeting('tue-7pm', { name: 'Renamed Group' }));
    expect(index.get('tue-7pm')?.name).toBe('Renamed Group');
    const [again] = stored([testMeeting('tue-7pm', { name: 'Stored Again' })]);
    index.update(again as StoredResource);
    expect(index.get('tue-7pm')?.name).toBe('Stored Again');
    expect(index.size).toBe(resources.length);
    expect(index.parseStored(1_000)).toBe(0);
  });

  it('says which record is broken when its text does not parse or holds another record', () => {
    const [good, other] = stored(resources.slice(0, 2)) as [StoredResource, StoredResource];
    const index = createIndex([
      { outline: good.outline, json: '{"id": broken' },
      { outline: other.outline, json: good.json },
    ]);
    // Filed all the same: a search near a place does not read the records.
    expect(index.size).toBe(2);
    expect(() => index.get(good.outline.id)).toThrow(
      `The stored resource ${good.outline.id} is not valid JSON`,
    );
    expect(() => index.get(other.outline.id)).toThrow(
      `The stored text of resource ${other.outline.id} holds another record`,
    );
  });
});
