import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGeoGrid } from './geo-grid.js';
import { distanceKm, type LatLng } from './lat-lng.js';

/** Deterministic PRNG so the 100,000-point test is reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const point = fc.record({
  lat: fc.double({ min: -89, max: 89, noNaN: true }),
  lng: fc.double({ min: -180, max: 180, noNaN: true }),
});
/** Points clustered in a region so queries find something, including across the antimeridian. */
const regional = (centerLng: number) =>
  fc.record({
    lat: fc.double({ min: 45, max: 55, noNaN: true }),
    lng: fc
      .double({ min: centerLng - 5, max: centerLng + 5, noNaN: true })
      .map((x) => ((x + 540) % 360) - 180),
  });

function bruteForce(
  points: LatLng[],
  center: LatLng,
  radiusKm: number,
): { id: number; distanceKm: number }[] {
  return points
    .map((p, id) => ({ id, distanceKm: distanceKm(center, p) }))
    .filter((h) => h.distanceKm <= radiusKm)
    .sort((a, b) => a.distanceKm - b.distanceKm);
}

describe('createGeoGrid', () => {
  it('agrees with brute force on within() for random points', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(-100, 0, 179),
        fc.integer({ min: 1, max: 50 }),
        fc.double({ min: 1, max: 800, noNaN: true }),
        (lng, cellKm, radius) => {
          const pointsArb = fc.array(regional(lng), { minLength: 0, maxLength: 200 });
          fc.assert(
            fc.property(pointsArb, regional(lng), (points, center) => {
              const grid = createGeoGrid<number>(cellKm);
              for (const [id, p] of points.entries()) grid.add(id, p);
              const got = grid.within(center, radius);
              const want = bruteForce(points, center, radius);
              expect(got.map((h) => h.id).sort()).toEqual(want.map((h) => h.id).sort());
              expect(got.map((h) => h.distanceKm)).toEqual(want.map((h) => h.distanceKm));
            }),
            { numRuns: 5 },
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it('agrees with brute force on within() over the whole globe', () => {
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 300 }),
        point,
        fc.double({ min: 0, max: 25000, noNaN: true }),
        (points, center, radius) => {
          const grid = createGeoGrid<number>(200);
          for (const [id, p] of points.entries()) grid.add(id, p);
          expect(
            grid
              .within(center, radius)
              .map((h) => h.id)
              .sort(),
          ).toEqual(
            bruteForce(points, center, radius)
              .map((h) => h.id)
              .sort(),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps points on the edge of the radius, north, south, east and west, as brute force does', () => {
    // Points a hair either side of the radius at the bounding box's edges, where points are
    // passed over without a distance: the grid must agree with the exact distance.
    for (const center of [
      { lat: 40.7, lng: -74 },
      { lat: -33.9, lng: 151.2 },
      { lat: 64.1, lng: -21.9 },
      { lat: 0, lng: 179.99 },
    ]) {
      for (const radius of [1, 16.09344, 48.28032, 160.9344]) {
        const points: LatLng[] = [];
        for (const bearing of [0, 90, 180, 270]) {
          for (const step of [-1e-9, -1e-12, 0, 1e-12, 1e-9, 1e-6]) {
            // Move along the bearing by the radius (plus a nudge), on the sphere.
            const angular = (radius * (1 + step)) / 6371.0088;
            const lat1 = (center.lat * Math.PI) / 180;
            const lng1 = (center.lng * Math.PI) / 180;
            const b = (bearing * Math.PI) / 180;
            const lat2 = Math.asin(
              Math.sin(lat1) * Math.cos(angular) + Math.cos(lat1) * Math.sin(angular) * Math.cos(b),
            );
            const lng2 =
              lng1 +
              Math.atan2(
                Math.sin(b) * Math.sin(angular) * Math.cos(lat1),
                Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2),
              );
            const lng = (((((lng2 * 180) / Math.PI + 180) % 360) + 360) % 360) - 180;
            points.push({ lat: (lat2 * 180) / Math.PI, lng });
          }
        }
        const grid = createGeoGrid<number>(16);
        for (const [id, p] of points.entries()) grid.add(id, p);
        expect(
          grid
            .within(center, radius)
            .map((h) => h.id)
            .sort((x, y) => x - y),
        ).toEqual(
          bruteForce(points, center, radius)
            .map((h) => h.id)
            .sort((x, y) => x - y),
        );
      }
    }
  });

  it('agrees with brute force on nearest()', () => {
    fc.assert(
      fc.property(
        fc.array(regional(-75), { minLength: 1, maxLength: 200 }),
        regional(-75),
        fc.integer({ min: 1, max: 10 }),
        fc.option(fc.double({ min: 1, max: 500, noNaN: true }), { nil: undefined }),
        (points, center, k, maxKm) => {
          const grid = createGeoGrid<number>(5);
          for (const [id, p] of points.entries()) grid.add(id, p);
          const got = grid.nearest(center, k, maxKm);
          const want = bruteForce(points, center, maxKm ?? Number.POSITIVE_INFINITY).slice(0, k);
          expect(got.map((h) => h.distanceKm)).toEqual(want.map((h) => h.distanceKm));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('adds, updates and removes by id', () => {
    const grid = createGeoGrid(10);
    grid.add('a', { lat: 40.75, lng: -73.99 });
    grid.add('b', { lat: 40.76, lng: -73.98 });
    expect(grid.size).toBe(2);
    expect(grid.within({ lat: 40.75, lng: -73.99 }, 5).map((h) => h.id)).toEqual(['a', 'b']);
    grid.update('a', { lat: 34.05, lng: -118.24 });
    expect(grid.size).toBe(2);
    expect(grid.within({ lat: 40.75, lng: -73.99 }, 5).map((h) => h.id)).toEqual(['b']);
    expect(grid.get('a')).toEqual({ lat: 34.05, lng: -118.24 });
    expect(grid.remove('b')).toBe(true);
    expect(grid.remove('b')).toBe(false);
    expect(grid.has('b')).toBe(false);
    expect(grid.within({ lat: 40.75, lng: -73.99 }, 5)).toEqual([]);
    expect(grid.nearest({ lat: 40.75, lng: -73.99 }, 1)[0]?.id).toBe('a');
    expect(grid.nearest({ lat: 40.75, lng: -73.99 }, 1, 100)).toEqual([]);
  });

  /**
   * Changes to a grid (an id, and the point to put it at or none to take it out) and a query
   * (centre and radius), all in one small region: few ids and a small region make removals
   * often move another point of the same cell.
   */
  const changesThenQuery = [
    fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.option(regional(0), { nil: undefined })), {
      maxLength: 200,
    }),
    regional(0),
    fc.double({ min: 0, max: 800, noNaN: true }),
  ] as const;

  it('stays true to brute force through adds, moves and removes in shared cells', () => {
    fc.assert(
      fc.property(...changesThenQuery, (steps, center, radiusKm) => {
        const grid = createGeoGrid<number>(50);
        const live = new Map<number, LatLng>();
        for (const [id, p] of steps) {
          if (p === undefined) {
            expect(grid.remove(id)).toBe(live.delete(id));
          } else {
            grid.add(id, p);
            live.set(id, p);
          }
        }
        expect(grid.size).toBe(live.size);
        for (const [id, p] of live) expect(grid.get(id)).toEqual(p);
        const expected = [...live]
          .map(([id, p]) => ({ id, distanceKm: distanceKm(center, p) }))
          .filter((h) => h.distanceKm <= radiusKm);
        const visited: { id: number; distanceKm: number }[] = [];
        grid.forEachWithin(center, radiusKm, (id, d) => visited.push({ id, distanceKm: d }));
        const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
        expect(visited.sort(byId)).toEqual(expected.sort(byId));
        expect(grid.within(center, radiusKm).map((h) => h.distanceKm)).toEqual(
          expected.map((h) => h.distanceKm).sort((a, b) => a - b),
        );
      }),
    );
  });

  it('inserts and removes by the point it was given, then by id once asked by id', () => {
    fc.assert(
      fc.property(...changesThenQuery, (steps, center, radiusKm) => {
        const grid = createGeoGrid<number>(50);
        const live = new Map<number, LatLng>();
        const half = Math.floor(steps.length / 2);
        steps.forEach(([id, p], i) => {
          const held = live.get(id);
          if (i < half) {
            // The caller knows its ids: it removes a held point before putting it elsewhere.
            if (held !== undefined) expect(grid.removeAt(id, held)).toBe(true);
            live.delete(id);
            if (p !== undefined) {
              grid.insert(id, p);
              live.set(id, p);
            }
          } else if (p === undefined) {
            // By id from here on: the grid's map of ids is made from its cells.
            expect(grid.remove(id)).toBe(live.delete(id));
          } else if (i % 2 === 0) {
            grid.add(id, p);
            live.set(id, p);
          } else {
            if (held !== undefined) expect(grid.removeAt(id, held)).toBe(true);
            grid.insert(id, p);
            live.set(id, p);
          }
        });
        expect(grid.size).toBe(live.size);
        for (const [id, p] of live) {
          expect(grid.has(id)).toBe(true);
          expect(grid.get(id)).toEqual(p);
        }
        const expected = [...live]
          .map(([, p]) => distanceKm(center, p))
          .filter((d) => d <= radiusKm)
          .sort((a, b) => a - b);
        expect(grid.within(center, radiusKm).map((h) => h.distanceKm)).toEqual(expected);
      }),
    );
    const grid = createGeoGrid(10);
    grid.insert('a', { lat: 40.75, lng: -73.99 });
    expect(grid.removeAt('a', { lat: 34.05, lng: -118.24 })).toBe(false);
    expect(grid.removeAt('a', { lat: 40.75, lng: -73.99 })).toBe(true);
    expect(grid.size).toBe(0);
    expect(() => grid.insert('b', { lat: Number.NaN, lng: 0 })).toThrow(RangeError);
  });

  it('answers radius queries over 100,000 points like brute force', () => {
    const random = mulberry32(2026);
    const points: LatLng[] = [];
    for (let i = 0; i < 100_000; i++) {
      // Contiguous-US-sized spread, as the resource table has.
      points.push({ lat: 25 + random() * 24, lng: -125 + random() * 58 });
    }
    const grid = createGeoGrid<number>(25);
    for (const [id, p] of points.entries()) grid.add(id, p);
    for (let q = 0; q < 20; q++) {
      const center = { lat: 25 + random() * 24, lng: -125 + random() * 58 };
      const radius = 10 + random() * 90;
      expect(grid.within(center, radius).map((h) => h.id)).toEqual(
        bruteForce(points, center, radius).map((h) => h.id),
      );
    }
  });
});
