import type { Where } from '@recovery-circles/core';
import { api } from './api.js';

/**
 * Coordinates for a place the visitor typed (ZIP or "City, ST") through the API's offline
 * lookup; device coordinates pass through. Undefined when the place is not known.
 */
export async function coordinatesOf(
  where: Where,
  signal?: AbortSignal,
): Promise<{ lat: number; lng: number; label?: string } | undefined> {
  if ('lat' in where) return { lat: where.lat, lng: where.lng };
  try {
    const answer = await api.geocode('zip' in where ? { zip: where.zip } : { place: where.place }, signal);
    const best = answer.candidates[0];
    return best ? { lat: best.lat, lng: best.lng, label: best.label } : undefined;
  } catch {
    return undefined;
  }
}
