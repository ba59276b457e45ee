import type { Where } from '@recovery-circles/core';
import { api } from './api.js';

type Point = { lat: number; lng: number; label?: string };

// Places already looked up in this document: applying a filter near the same place asks the
// API once, not before every search. Only found places are kept.
const found = new Map<string, Point>();

const keyOf = (where: Exclude<Where, { lat: number }>) =>
  'zip' in where ? `zip:${where.zip}` : `place:${where.place}`;

/** Coordinates already known in this document, without waiting: device coordinates, or a place found before. */
export function knownCoordinates(where: Where): Point | undefined {
  return 'lat' in where ? { lat: where.lat, lng: where.lng } : found.get(keyOf(where));
}

/**
 * Coordinates for a place the visitor typed (ZIP or "City, ST") through the API's offline
 * lookup; device coordinates pass through. Undefined when the place is not known.
 */
export async function coordinatesOf(where: Where, signal?: AbortSignal): Promise<Point | undefined> {
  const known = knownCoordinates(where);
  if (known || 'lat' in where) return known;
  const key = keyOf(where);
  try {
    const answer = await api.geocode('zip' in where ? { zip: where.zip } : { place: where.place }, signal);
    const best = answer.candidates[0];
    if (!best) return undefined;
    const point = { lat: best.lat, lng: best.lng, label: best.label };
    found.set(key, point);
    return point;
  } catch {
    return undefined;
  }
}
