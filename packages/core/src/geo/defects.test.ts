import { describe, expect, it } from 'vitest';
import { diagnoseCoordinate, isInsideCountry, isNullIsland, looksSwapped } from './defects.js';

describe('isInsideCountry', () => {
  it('covers the contiguous US, Alaska, Hawaii and Puerto Rico', () => {
    expect(isInsideCountry({ lat: 40.7484, lng: -73.9967 }, 'US')).toBe(true); // New York
    expect(isInsideCountry({ lat: 61.2116, lng: -149.8761 }, 'US')).toBe(true); // Anchorage
    expect(isInsideCountry({ lat: 52.84, lng: 173.18 }, 'US')).toBe(true); // Attu, Aleutians
    expect(isInsideCountry({ lat: 21.3069, lng: -157.8583 }, 'US')).toBe(true); // Honolulu
    expect(isInsideCountry({ lat: 18.4655, lng: -66.1057 }, 'US')).toBe(true); // San Juan
    expect(isInsideCountry({ lat: 19.4326, lng: -99.1332 }, 'US')).toBe(false); // Mexico City
    expect(isInsideCountry({ lat: 51.5074, lng: -0.1278 }, 'US')).toBe(false);
  });

  it('covers Canada and the United Kingdom', () => {
    expect(isInsideCountry({ lat: 43.6532, lng: -79.3832 }, 'CA')).toBe(true); // Toronto
    expect(isInsideCountry({ lat: 49.2827, lng: -123.1207 }, 'CA')).toBe(true); // Vancouver
    expect(isInsideCountry({ lat: 51.5074, lng: -0.1278 }, 'GB')).toBe(true); // London
    expect(isInsideCountry({ lat: 54.5973, lng: -5.9301 }, 'GB')).toBe(true); // Belfast
    expect(isInsideCountry({ lat: 48.8566, lng: 2.3522 }, 'GB')).toBe(false); // Paris
  });
});

describe('coordinate defects', () => {
  it('spots null island', () => {
    expect(isNullIsland({ lat: 0, lng: 0 })).toBe(true);
    expect(isNullIsland({ lat: 0, lng: 0.5 })).toBe(false);
    expect(diagnoseCoordinate(0, 0, 'US')).toEqual(['null-island']);
  });

  it('spots swapped latitude and longitude', () => {
    expect(looksSwapped(-73.9967, 40.7484, 'US')).toBe(true);
    expect(looksSwapped(40.7484, -73.9967, 'US')).toBe(false);
    expect(looksSwapped(-0.1278, 51.5074, 'GB')).toBe(true);
    // West of −90 the swapped latitude is out of range, and still recognisable.
    expect(looksSwapped(-118.2437, 34.0522, 'US')).toBe(true);
    expect(diagnoseCoordinate(-118.2437, 34.0522, 'US')).toEqual(['out-of-range', 'swapped']);
    expect(diagnoseCoordinate(-73.9967, 40.7484, 'US')).toEqual(['swapped']);
  });

  it('spots a missing minus sign and points elsewhere', () => {
    expect(diagnoseCoordinate(40.7484, 73.9967, 'US')).toEqual(['longitude-sign-flipped']);
    expect(diagnoseCoordinate(48.8566, 2.3522, 'US')).toEqual(['outside-country']);
    expect(diagnoseCoordinate(40.7484, -73.9967, 'US')).toEqual([]);
    expect(diagnoseCoordinate(95, 200, 'US')).toEqual(['out-of-range']);
  });
});
