import { z } from 'zod';

/** A WGS 84 point in decimal degrees. */
export const LatLngSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
/** A WGS 84 point in decimal degrees. */
export type LatLng = z.infer<typeof LatLngSchema>;

/** Mean Earth radius (IUGG), in km. */
export const EARTH_RADIUS_KM = 6371.0088;
/** Kilometres in one international mile. */
export const KM_PER_MILE = 1.609344;
/** Kilometres in one degree of latitude (and of longitude at the equator), near enough. */
export const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

const RAD = Math.PI / 180;

/** Great-circle distance between two points in km (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  return distanceKmOf(a.lat, a.lng, b.lat, b.lng);
}

/** {@link distanceKm} from bare coordinates, for loops over stored numbers. */
export function distanceKmOf(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const dLat = (bLat - aLat) * RAD;
  const dLng = (bLng - aLng) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * RAD) * Math.cos(bLat * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Great-circle distance between two points in miles (haversine). */
export function distanceMiles(a: LatLng, b: LatLng): number {
  return distanceKm(a, b) / KM_PER_MILE;
}

/**
 * A latitude/longitude box. When it crosses the antimeridian `minLng` is greater
 * than `maxLng` (e.g. 170 … −170); use {@link boxContains} rather than comparing.
 */
export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/** Wraps a longitude into −180…180. */
export function wrapLongitude(lng: number): number {
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 && lng > 0 ? 180 : wrapped;
}

/**
 * The smallest latitude/longitude box holding every point within `radiusKm` of
 * `center`. Near a pole the box spans all longitudes.
 */
export function boundingBox(center: LatLng, radiusKm: number): BoundingBox {
  const angular = radiusKm / EARTH_RADIUS_KM;
  const lat = center.lat * RAD;
  const minLat = lat - angular;
  const maxLat = lat + angular;
  if (minLat <= -Math.PI / 2 || maxLat >= Math.PI / 2 || angular >= Math.PI) {
    return {
      minLat: Math.max(-90, minLat / RAD),
      maxLat: Math.min(90, maxLat / RAD),
      minLng: -180,
      maxLng: 180,
    };
  }
  // Widest longitude reach of a circle on a sphere (Bronshtein).
  const dLng = Math.asin(Math.min(1, Math.sin(angular) / Math.cos(lat))) / RAD;
  if (dLng >= 180) return { minLat: minLat / RAD, maxLat: maxLat / RAD, minLng: -180, maxLng: 180 };
  return {
    minLat: minLat / RAD,
    maxLat: maxLat / RAD,
    minLng: wrapLongitude(center.lng - dLng),
    maxLng: wrapLongitude(center.lng + dLng),
  };
}

/** Whether `point` lies in `box`, including boxes that cross the antimeridian. */
export function boxContains(box: BoundingBox, point: LatLng): boolean {
  if (point.lat < box.minLat || point.lat > box.maxLat) return false;
  if (box.minLng <= box.maxLng) return point.lng >= box.minLng && point.lng <= box.maxLng;
  return point.lng >= box.minLng || point.lng <= box.maxLng;
}

/**
 * Snaps a point to a grid of about `km` kilometres (1 by default) so a published
 * location does not reveal an exact address. Rows are `km` of latitude apart; within
 * a row, columns are `km` apart at that row's latitude, so cells stay roughly square.
 */
export function roundCoordinate(point: LatLng, km = 1): LatLng {
  const latStep = km / KM_PER_DEGREE;
  const lat = Math.max(-90, Math.min(90, Math.round(point.lat / latStep) * latStep));
  const cos = Math.cos(lat * RAD);
  // At the poles every longitude is the same place.
  if (cos < 1e-9) return { lat: round6(lat), lng: 0 };
  // Columns divide 360° exactly so the grid closes at the antimeridian and a
  // rounded point rounds to itself.
  const columns = Math.max(1, Math.round((360 * KM_PER_DEGREE * cos) / km));
  const lngStep = 360 / columns;
  const lng = wrapLongitude(Math.round(point.lng / lngStep) * lngStep);
  return { lat: round6(lat), lng: round6(lng) };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
