import type { LatLng } from '@recovery-circles/core';
import { loadUsGeo } from '@recovery-circles/core/geo-us';

/** A place a visitor named, resolved offline; or why it could not be. */
export type Located =
  | { ok: true; point: LatLng; label: string }
  | { ok: false; field: string; message: string };

/** Resolves a ZIP code or "City, ST" to the centroid of the area (never a person's location). */
export async function locate(where: { zip: string } | { place: string }): Promise<Located> {
  const geo = await loadUsGeo();
  if ('zip' in where) {
    const found = geo.lookupZip(where.zip);
    return found
      ? {
          ok: true,
          point: { lat: found.lat, lng: found.lng },
          label: found.city ? `${found.zip} (${found.city}, ${found.state})` : found.zip,
        }
      : { ok: false, field: 'zip', message: `We could not find the ZIP code ${where.zip}.` };
  }
  const lookup = geo.lookupPlace(where.place);
  const [first, ...others] = lookup.matches;
  if (!first)
    return {
      ok: false,
      field: 'place',
      message: `We could not find "${where.place}". Try "City, ST" or a ZIP code.`,
    };
  if (lookup.ambiguous && others.length > 0) {
    const names = lookup.matches.slice(0, 5).map((m) => `${m.city}, ${m.state}`);
    return {
      ok: false,
      field: 'place',
      message: `"${where.place}" could be ${names.join('; ')}. Add the state, e.g. "${names[0]}".`,
    };
  }
  return { ok: true, point: { lat: first.lat, lng: first.lng }, label: `${first.city}, ${first.state}` };
}

/** Coordinates rounded to about 1 km, as the API gives back and logs them. */
export function roughly(point: LatLng): LatLng {
  return { lat: Math.round(point.lat * 100) / 100, lng: Math.round(point.lng * 100) / 100 };
}
