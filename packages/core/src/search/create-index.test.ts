import { describe, expect, it } from 'vitest';
import { STARTER_DIRECTORY } from '../directory/starter-directory.js';
import { testMeeting, testOnlineService } from '../match/testing/build.js';
import { createIndex } from './create-index.js';

const a = testMeeting('a', {
  name: 'Sunrise Serenity',
  location: { city: 'Media', coordinates: { lat: 39.92, lng: -75.39 } },
});
const b = testMeeting('b', { name: 'Noche de Esperanza', languages: ['es-MX'], concerns: ['opioids'] });
const c = testOnlineService('c', { name: 'Online Circle' });

describe('createIndex', () => {
  it('holds resources by id and lists them in id order whatever the insertion order', () => {
    const one = createIndex([c, a, b]);
    const two = createIndex([b, c, a]);
    expect(one.size).toBe(3);
    expect(one.get('b')).toBe(b);
    expect(one.all().map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(two.all().map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('adds, updates and removes incrementally, keeping every list current', () => {
    const index = createIndex([a, b]);
    index.add(c);
    expect(index.remoteEntries().map((e) => e.id)).toEqual(['c']);
    expect(index.posting('concern', 'opioids')).toHaveLength(1);
    index.update(testMeeting('b', { name: 'Renamed Group', concerns: ['alcohol'] }));
    expect(index.posting('concern', 'opioids')).toHaveLength(0);
    expect(index.wordMatches('esperanza', false).size).toBe(0);
    expect([...index.wordMatches('renam', true)].map((e) => e.id)).toEqual(['b']);
    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    expect(index.size).toBe(2);
    expect(index.near({ lat: 39.92, lng: -75.39 }, 1)).toEqual([]);
  });

  it('finds places near a point, nearest first, with distances', () => {
    const index = createIndex([a, b, c]);
    const hits = index.near({ lat: 39.95, lng: -75.17 }, 30);
    expect(hits.map((h) => h.entry.id)).toEqual(['b', 'a']);
    expect(hits[0]?.distanceKm).toBeCloseTo(0, 5);
    expect(hits[1]?.distanceKm).toBeGreaterThan(18);
  });

  it('indexes languages by primary subtag and words without accents', () => {
    const index = createIndex([a, b]);
    expect([...index.posting('language', 'es')].map((e) => e.id)).toEqual(['b']);
    expect([...index.wordMatches('noche', false)].map((e) => e.id)).toEqual(['b']);
    expect([...index.wordMatches('ser', true)].map((e) => e.id)).toEqual(['a']);
  });

  it('precomputes what matching reads', () => {
    const index = createIndex([...STARTER_DIRECTORY, a]);
    const meeting = index.entry('a');
    expect(meeting?.inPerson).toBe(true);
    expect(meeting?.remote).toBe(false);
    expect(meeting?.schedule.starts).toEqual([2 * 1440 + 19 * 60]);
    expect(meeting?.scoreKey).toBe(-1);
    expect(index.entry('hotline-988-lifeline')?.scoreKey).toBeGreaterThanOrEqual(0);
    expect(index.entry('hotline-988-lifeline')?.remote).toBe(true);
    expect(index.entry('national-al-anon')?.forFamilies).toBe(true);
  });

  it('snaps a confidential place to about 1 km before measuring', () => {
    const hidden = testMeeting('hidden', {
      location: {
        city: 'Testville',
        coordinates: { lat: 39.95123, lng: -75.17345 },
        precision: 'confidential',
      },
    });
    const point = createIndex([hidden]).entry('hidden')?.points[0];
    expect(point).toBeDefined();
    expect(point).not.toEqual({ lat: 39.95123, lng: -75.17345 });
  });
});
