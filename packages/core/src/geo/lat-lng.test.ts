import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundingBox,
  boxContains,
  distanceKm,
  distanceMiles,
  type LatLng,
  LatLngSchema,
  roundCoordinate,
  wrapLongitude,
} from './lat-lng.js';

const latLng = fc.record({
  lat: fc.double({ min: -89.9, max: 89.9, noNaN: true }),
  lng: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('distance', () => {
  it('matches known great-circle distances', () => {
    const jfk = { lat: 40.6413, lng: -73.7781 };
    const lax = { lat: 33.9416, lng: -118.4085 };
    // On the mean-radius sphere (the WGS 84 ellipsoid gives ≈ 3,983 km, 0.2% more).
    expect(distanceKm(jfk, lax)).toBeCloseTo(sphericalLawOfCosinesKm(jfk, lax), 6);
    expect(distanceKm(jfk, lax)).toBeCloseTo(3974.3, 1);
    expect(distanceMiles(jfk, lax)).toBeCloseTo(3974.34 / 1.609344, 1);
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBeCloseTo(111.195, 2);
    expect(distanceKm({ lat: 0, lng: 179.5 }, { lat: 0, lng: -179.5 })).toBeCloseTo(111.195, 2);
    expect(distanceKm(jfk, jfk)).toBe(0);
  });

  it('is symmetric', () => {
    fc.assert(fc.property(latLng, latLng, (a, b) => Math.abs(distanceKm(a, b) - distanceKm(b, a)) < 1e-9));
  });
});

describe('LatLngSchema', () => {
  it('bounds latitude and longitude', () => {
    expect(LatLngSchema.safeParse({ lat: 90, lng: -180 }).success).toBe(true);
    expect(LatLngSchema.safeParse({ lat: 90.1, lng: 0 }).success).toBe(false);
    expect(LatLngSchema.safeParse({ lat: 0, lng: 180.5 }).success).toBe(false);
  });
});

describe('boundingBox', () => {
  it('holds every point within the radius', () => {
    fc.assert(
      fc.property(
        latLng,
        fc.double({ min: 0.1, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        (center, radius, fraction, bearing) => {
          const point = destination(center, radius * fraction * 0.999, bearing);
          return boxContains(boundingBox(center, radius), point);
        },
      ),
    );
  });

  it('wraps across the antimeridian and spans all longitudes at a pole', () => {
    const box = boundingBox({ lat: 52, lng: 179.5 }, 100);
    expect(box.minLng).toBeGreaterThan(box.maxLng);
    expect(boxContains(box, { lat: 52, lng: -179.5 })).toBe(true);
    expect(boxContains(box, { lat: 52, lng: 0 })).toBe(false);
    expect(boundingBox({ lat: 89.5, lng: 10 }, 100)).toMatchObject({ minLng: -180, maxLng: 180, maxLat: 90 });
  });

  it('wraps longitudes into range', () => {
    expect(wrapLongitude(190)).toBe(-170);
    expect(wrapLongitude(-190)).toBe(170);
    expect(wrapLongitude(180)).toBe(180);
  });
});

describe('roundCoordinate', () => {
  it('moves a point by at most about the grid size and is stable', () => {
    fc.assert(
      fc.property(latLng, (p) => {
        const r = roundCoordinate(p, 1);
        return distanceKm(p, r) <= 0.75 && distanceKm(roundCoordinate(r, 1), r) < 1e-3;
      }),
    );
  });

  it('closes the grid at the antimeridian', () => {
    const west = roundCoordinate({ lat: 0.19, lng: -179.9955 });
    expect(roundCoordinate(west)).toEqual(west);
    // Either side of the antimeridian, a few metres apart, lands on the same grid point.
    const a = roundCoordinate({ lat: 0.19, lng: -179.9999 });
    const b = roundCoordinate({ lat: 0.19, lng: 179.9999 });
    expect(distanceKm(a, b)).toBeLessThan(1e-6);
  });

  it('puts nearby addresses on the same grid point', () => {
    const a = roundCoordinate({ lat: 42.36231, lng: -71.0913 });
    const b = roundCoordinate({ lat: 42.36236, lng: -71.09125 });
    expect(a).toEqual(b);
  });
});

/** Point reached from `from` after `km` along `bearing` (radians), on the sphere. */
function destination(from: LatLng, km: number, bearing: number): LatLng {
  const R = 6371.0088;
  const d = km / R;
  const lat1 = (from.lat * Math.PI) / 180;
  const lng1 = (from.lng * Math.PI) / 180;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(bearing));
  const lng2 =
    lng1 +
    Math.atan2(
      Math.sin(bearing) * Math.sin(d) * Math.cos(lat1),
      Math.cos(d) - Math.sin(lat1) * Math.sin(lat2),
    );
  return { lat: (lat2 * 180) / Math.PI, lng: wrapLongitude((lng2 * 180) / Math.PI) };
}

/** Independent formula for the same spherical distance. */
function sphericalLawOfCosinesKm(a: LatLng, b: LatLng): number {
  const r = Math.PI / 180;
  const c =
    Math.sin(a.lat * r) * Math.sin(b.lat * r) +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.cos((b.lng - a.lng) * r);
  return 6371.0088 * Math.acos(Math.min(1, c));
}
