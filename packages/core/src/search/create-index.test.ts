import { describe, expect, it } from 'vitest';
import { STARTER_DIRECTORY } from '../directory/starter-directory.js';
import { testMeeting, testOnlineService } from '../match/testing/build.js';
import { createIndex, type ResourceIndex } from './create-index.js';
import type { IndexedResource } from './indexed-resource.js';

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

  it('gives the same posting lists whether a facet is first read before or after changes', () => {
    const meetings = Array.from({ length: 120 }, (_, i) =>
      testMeeting(`m${String(i).padStart(3, '0')}`, {
        concerns: i % 3 === 0 ? ['opioids'] : ['alcohol'],
        languages: i % 4 === 0 ? ['es'] : ['en'],
      }),
    );
    const early = createIndex(meetings);
    const late = createIndex(meetings);
    const ids = (list: readonly { id: string }[]) => list.map((e) => e.id).sort();
    // `early` files its lists now and keeps them current; `late` files them after the changes.
    expect(early.posting('concern', 'opioids')).toHaveLength(40);
    expect(early.posting('language', 'es')).toHaveLength(30);
    for (const index of [early, late]) {
      for (let i = 0; i < 100; i++) index.remove(`m${String(i).padStart(3, '0')}`);
      index.update(testMeeting('m100', { concerns: ['opioids'], languages: ['es'] }));
      index.add(testMeeting('z', { concerns: ['opioids'] }));
    }
    for (const [facet, value] of [
      ['concern', 'opioids'],
      ['concern', 'alcohol'],
      ['language', 'es'],
      ['kind', 'meeting'],
    ] as const) {
      expect(ids(early.posting(facet, value))).toEqual(ids(late.posting(facet, value)));
    }
    expect(ids(late.posting('concern', 'opioids'))).toEqual(
      ['m102', 'm105', 'm108', 'm111', 'm114', 'm117', 'm100', 'z'].sort(),
    );
  });

  it("lists each bundle's class schedule keys and schedules beside its classes, through changes", () => {
    const at = (id: string, start: string) =>
      testOnlineService(id, {
        schedule: { type: 'weekly', slots: [{ day: 1, start }], timeZone: 'America/Chicago' },
      });
    const index = createIndex([at('x1', '09:00'), at('x2', '10:00'), at('x3', '09:00'), c]);
    const check = () => {
      for (const bundle of index.remoteBundles()) {
        expect(bundle.scheduleKeys).toEqual(bundle.classes.map((k) => k.members[0]?.scheduleKey));
        expect(bundle.schedules).toEqual(bundle.classes.map((k) => k.members[0]?.schedule));
      }
    };
    check();
    expect(index.remoteBundles().map((b) => b.classes.length)).toEqual([3]);
    index.remove('x1');
    index.update(at('x2', '11:00'));
    index.add(at('x4', '12:00'));
    check();
  });

  it('files the remote classes on first read the same after changes made before it', () => {
    const at = (id: string, start: string) =>
      testOnlineService(id, {
        schedule: { type: 'weekly', slots: [{ day: 1, start }], timeZone: 'America/Chicago' },
      });
    const changed = createIndex([at('x1', '09:00'), at('x2', '10:00'), at('x3', '09:00'), a, c]);
    changed.remove('x1');
    changed.update(at('x2', '09:00'));
    changed.add(at('x4', '12:00'));
    const fresh = createIndex([c, at('x4', '12:00'), at('x3', '09:00'), a, at('x2', '09:00')]);
    // Classes come in the order they were first filled, so they are compared by first member.
    const shape = (index: ResourceIndex) =>
      index
        .remoteClasses()
        .map((k) => ({
          members: k.members.map((m) => m.id),
          heads: k.heads.map((m) => m.id),
          schedule: k.members[0]?.schedule.starts,
        }))
        .sort((x, y) => ((x.members[0] ?? '') < (y.members[0] ?? '') ? -1 : 1));
    expect(shape(changed)).toEqual(shape(fresh));
    expect(shape(changed).map((k) => k.members)).toContainEqual(['x2', 'x3']);
    expect(changed.keyCounts()).toEqual(fresh.keyCounts());
    expect(changed.remoteClassOf(changed.entry('x4') as IndexedResource)?.members.map((m) => m.id)).toEqual([
      'x4',
    ]);
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
    // Shared keys are handed out when the remote classes are first read, to remote resources only.
    expect(index.entry('hotline-988-lifeline')?.scoreKey).toBe(-1);
    expect(index.keyCounts().score).toBeGreaterThan(0);
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
