import { distanceKm, roundCoordinate } from '@recovery-circles/core';
import { describe, expect, it } from 'vitest';
import { roundToKm } from './round-location.js';

describe('rounding a device position', () => {
  it('moves it less than a kilometre, onto the same grid core uses', () => {
    const exact = { lat: 39.952335, lng: -75.163789 };
    const rounded = roundToKm(exact.lat, exact.lng);
    expect(distanceKm(exact, rounded)).toBeLessThan(1);
    const core = roundCoordinate(exact, 1);
    expect(distanceKm(rounded, core)).toBeLessThan(0.02);
  });

  it('gives nearby positions the same point', () => {
    expect(roundToKm(39.95, -75.16)).toEqual(roundToKm(39.9501, -75.1601));
  });
});
