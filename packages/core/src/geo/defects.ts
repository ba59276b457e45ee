import { type BoundingBox, boxContains, type LatLng } from './lat-lng.js';

/** Countries whose rough extent is known to {@link isInsideCountry}. */
export type CountryCode = 'US' | 'CA' | 'GB';

/**
 * Rough boxes around each country's land, generous by a few km. Good for catching
 * data defects (swapped or sign-flipped coordinates), not for borders.
 */
export const COUNTRY_BOXES: Readonly<Record<CountryCode, readonly BoundingBox[]>> = {
  US: [
    { minLat: 24.3, maxLat: 49.5, minLng: -125.0, maxLng: -66.8 }, // contiguous states
    { minLat: 51.0, maxLat: 71.6, minLng: -180.0, maxLng: -129.8 }, // Alaska
    { minLat: 51.0, maxLat: 53.1, minLng: 172.3, maxLng: 180.0 }, // western Aleutians
    { minLat: 18.8, maxLat: 22.4, minLng: -160.4, maxLng: -154.7 }, // Hawaii
    { minLat: 17.8, maxLat: 18.6, minLng: -67.4, maxLng: -65.2 }, // Puerto Rico
    { minLat: 17.6, maxLat: 18.5, minLng: -65.1, maxLng: -64.5 }, // U.S. Virgin Islands
    { minLat: 13.2, maxLat: 20.6, minLng: 144.5, maxLng: 146.1 }, // Guam, Northern Mariana Islands
    { minLat: -14.6, maxLat: -11.0, minLng: -171.2, maxLng: -168.1 }, // American Samoa
  ],
  CA: [{ minLat: 41.6, maxLat: 83.2, minLng: -141.1, maxLng: -52.5 }],
  GB: [{ minLat: 49.8, maxLat: 60.9, minLng: -8.7, maxLng: 1.8 }],
};

/** Whether a point falls within the rough extent of a country (see {@link COUNTRY_BOXES}). */
export function isInsideCountry(point: LatLng, country: CountryCode): boolean {
  return COUNTRY_BOXES[country].some((box) => boxContains(box, point));
}

/** Whether a point is (0, 0), the usual sign of a failed geocode stored as zeros. */
export function isNullIsland(point: LatLng, toleranceDegrees = 1e-6): boolean {
  return Math.abs(point.lat) <= toleranceDegrees && Math.abs(point.lng) <= toleranceDegrees;
}

function inRange(lat: number, lng: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
}

/**
 * Whether latitude and longitude look swapped for a point said to be in `country`:
 * as given it falls outside the country, read the other way round it falls inside
 * (a US point stored as lat −73.99, lng 40.75).
 */
export function looksSwapped(lat: number, lng: number, country: CountryCode): boolean {
  if (!inRange(lng, lat)) return false;
  if (inRange(lat, lng) && isInsideCountry({ lat, lng }, country)) return false;
  return isInsideCountry({ lat: lng, lng: lat }, country);
}

/** A defect found in a coordinate pair by {@link diagnoseCoordinate}. */
export type CoordinateDefect =
  | 'out-of-range'
  | 'null-island'
  | 'swapped'
  | 'longitude-sign-flipped'
  | 'outside-country';

/**
 * The defects of a coordinate pair said to be in `country`, most specific first;
 * an empty list means it looks plausible. "longitude-sign-flipped" catches the
 * common missing minus sign on western-hemisphere longitudes.
 */
export function diagnoseCoordinate(lat: number, lng: number, country: CountryCode): CoordinateDefect[] {
  if (inRange(lat, lng) && isNullIsland({ lat, lng })) return ['null-island'];
  if (looksSwapped(lat, lng, country)) return inRange(lat, lng) ? ['swapped'] : ['out-of-range', 'swapped'];
  if (!inRange(lat, lng)) return ['out-of-range'];
  if (isInsideCountry({ lat, lng }, country)) return [];
  if (isInsideCountry({ lat, lng: -lng }, country)) return ['longitude-sign-flipped'];
  return ['outside-country'];
}
