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

function readDegree(value: unknown): { value: number; asText: boolean } | 'absent' | 'invalid' {
  if (value === undefined || value === null) return 'absent';
  if (typeof value === 'number') return Number.isFinite(value) ? { value, asText: false } : 'invalid';
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return 'absent';
    const number = Number(text);
    return Number.isFinite(number) ? { value: number, asText: true } : 'invalid';
  }
  return 'invalid';
}

function inRange(lat: number, lng: number): boolean {
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
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
  const given = `${String(latitude)}, ${String(longitude)}`;
  if (lat === 'absent' || lng === 'absent') return { kind: 'dropped', defect: 'coordinates-partial', given };
  if (lat === 'invalid' || lng === 'invalid')
    return { kind: 'dropped', defect: 'coordinates-invalid', given };
  const asText = lat.asText || lng.asText;
  const point = { lat: lat.value, lng: lng.value };
  if (country !== undefined && isCheckedCountry(country)) {
    const defects = diagnoseCoordinate(point.lat, point.lng, country);
    const first = defects[0];
    if (first === undefined) return { kind: 'ok', point, asText };
    if (first === 'null-island') return { kind: 'dropped', defect: 'coordinates-null-island', given };
    if (defects.includes('swapped')) {
      return {
        kind: 'fixed',
        point: { lat: point.lng, lng: point.lat },
        asText,
        defect: 'coordinates-swapped',
        given: point,
      };
    }
    if (first === 'longitude-sign-flipped') {
      return {
        kind: 'fixed',
        point: { lat: point.lat, lng: -point.lng },
        asText,
        defect: 'longitude-sign-flipped',
        given: point,
      };
    }
    if (first === 'outside-country') return { kind: 'kept-outside-country', point, asText, country };
    return { kind: 'dropped', defect: 'coordinates-invalid', given };
  }
  if (!inRange(point.lat, point.lng)) return { kind: 'dropped', defect: 'coordinates-invalid', given };
  if (isNullIsland(point)) return { kind: 'dropped', defect: 'coordinates-null-island', given };
  return { kind: 'ok', point, asText };
}
