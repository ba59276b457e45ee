import { type CountryCode, diagnoseCoordinate, isNullIsland } from '../../geo/defects.js';
import type { LatLng } from '../../geo/lat-lng.js';

/** What reading a record's latitude and longitude gave. */
export type CoordinatesRead =
  | { kind: 'none' }
  | { kind: 'ok'; point: LatLng; asText: boolean }
  | {
      kind: 'fixed';
      point: LatLng;
      asText: boolean;
      defect: 'coordinates-swapped' | 'longitude-sign-flipped';
      given: LatLng;
    }
  | { kind: 'kept-outside-country'; point: LatLng; asText: boolean; country: string }
  | {
      kind: 'dropped';
      defect: 'coordinates-invalid' | 'coordinates-null-island' | 'coordinates-partial';
      given: string;
    };

/** Whether the geo module knows the rough extent of `country`. */
function isCheckedCountry(country: string): country is CountryCode {
  return country === 'US' || country === 'CA' || country === 'GB';
}

/** A latitude or longitude as a number (given as one or as numeric text). */
function readDegree(value: unknown): number | 'absent' | 'invalid' {
  if (value === undefined || value === null) return 'absent';
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'invalid';
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return 'absent';
    const number = Number(text);
    return Number.isFinite(number) ? number : 'invalid';
  }
  return 'invalid';
}

function inRange(lat: number, lng: number): boolean {
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
}

/** The pair as the feed wrote it, for the report of a pair left out. */
function written(latitude: unknown, longitude: unknown): string {
  return `${String(latitude)}, ${String(longitude)}`;
}

/**
 * Reads latitude and longitude (numbers or numeric text) and checks them against the
 * address's country where the geo module knows its extent: swapped pairs and a missing
 * minus sign are fixed, (0, 0) and impossible values are dropped, a point outside the
 * country is kept and flagged.
 */
export function readCoordinates(
  latitude: unknown,
  longitude: unknown,
  country: string | undefined,
): CoordinatesRead {
  const lat = readDegree(latitude);
  const lng = readDegree(longitude);
  if (lat === 'absent' && lng === 'absent') return { kind: 'none' };
  if (lat === 'absent' || lng === 'absent')
    return { kind: 'dropped', defect: 'coordinates-partial', given: written(latitude, longitude) };
  if (lat === 'invalid' || lng === 'invalid')
    return { kind: 'dropped', defect: 'coordinates-invalid', given: written(latitude, longitude) };
  // Both are numbers now: any given as text was numeric text.
  const asText = typeof latitude === 'string' || typeof longitude === 'string';
  const point = { lat, lng };
  if (country !== undefined && isCheckedCountry(country)) {
    const defects = diagnoseCoordinate(lat, lng, country);
    const first = defects[0];
    if (first === undefined) return { kind: 'ok', point, asText };
    if (first === 'null-island')
      return { kind: 'dropped', defect: 'coordinates-null-island', given: written(latitude, longitude) };
    if (defects.includes('swapped')) {
      return {
        kind: 'fixed',
        point: { lat: lng, lng: lat },
        asText,
        defect: 'coordinates-swapped',
        given: point,
      };
    }
    if (first === 'longitude-sign-flipped') {
      return {
        kind: 'fixed',
        point: { lat, lng: -lng },
        asText,
        defect: 'longitude-sign-flipped',
        given: point,
      };
    }
    if (first === 'outside-country') return { kind: 'kept-outside-country', point, asText, country };
    return { kind: 'dropped', defect: 'coordinates-invalid', given: written(latitude, longitude) };
  }
  if (!inRange(lat, lng))
    return { kind: 'dropped', defect: 'coordinates-invalid', given: written(latitude, longitude) };
  if (isNullIsland(point))
    return { kind: 'dropped', defect: 'coordinates-null-island', given: written(latitude, longitude) };
  return { kind: 'ok', point, asText };
}
