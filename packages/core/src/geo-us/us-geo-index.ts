import { foldName, stateCode, US_STATES } from './us-states.js';
import { strictZip5 } from './zip-code.js';

/** Where a ZIP's coordinates come from, most precise first. */
export type ZipSource =
  /** Census 2021 ZIP Code Tabulation Area internal point. */
  | 'census-zcta'
  /** A postal ZIP with no Census area (PO boxes, single organisations): its post-office town. */
  | 'postal-directory'
  /** Unknown ZIP: the mean of the Census points sharing its first three digits. */
  | 'zip-prefix-fallback';

/** The location of a US ZIP code. */
export interface ZipLocation {
  zip: string;
  lat: number;
  lng: number;
  /** Post-office city name, when the postal directory lists the ZIP. */
  city?: string;
  /** USPS state code. */
  state?: string;
  source: ZipSource;
}

/** One city or town matching a place query. */
export interface PlaceMatch {
  city: string;
  /** USPS state code. */
  state: string;
  stateName: string;
  /** Mean of the Census points of the place's ZIPs (or of its postal ZIPs when none has one). */
  lat: number;
  lng: number;
  /** ZIPs whose post-office name is this place, sorted. */
  zips: string[];
}

/** The answer of a place query: several matches when the name alone is ambiguous. */
export interface PlaceLookup {
  query: string;
  /** Best first: the place with the most ZIP codes (a rough size) first. */
  matches: PlaceMatch[];
  /** Whether the query names more than one place. */
  ambiguous: boolean;
  /** The state the query named, when it named one. */
  state?: string;
}

/** A Census ZCTA internal point. */
export interface ZctaPoint {
  zip: string;
  lat: number;
  lng: number;
}

/** A postal-directory ZIP with its post-office city. */
export interface PostalZip {
  zip: string;
  lat: number;
  lng: number;
  city: string;
  state: string;
}

/** Offline US ZIP and place lookups over loaded data. */
export interface UsGeoIndex {
  /** Locates a five-digit ZIP or ZIP+4 string; undefined when malformed or unknown everywhere. */
  lookupZip(zip: string): ZipLocation | undefined;
  /** Finds "City, ST", "City, State", "City ST" or "City" (case and accent insensitive). */
  lookupPlace(query: string): PlaceLookup;
}

interface PlaceEntry {
  city: string;
  state: string;
  zips: string[];
  censusSum: [number, number, number];
  postalSum: [number, number, number];
}

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: 'saint',
  ste: 'sainte',
  ft: 'fort',
  mt: 'mount',
};

/** Folded place name with the usual abbreviations spelled out ("St. Louis" → "saint louis"). */
export function foldPlaceName(text: string): string {
  return foldName(text)
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

/**
 * Builds the lookups from Census points and the postal directory. Maps are built
 * once, here; every lookup after that is a few Map reads.
 */
export function buildUsGeoIndex(zcta: Iterable<ZctaPoint>, postal: Iterable<PostalZip>): UsGeoIndex {
  const census = new Map<string, ZctaPoint>();
  const prefixSums = new Map<string, [number, number, number]>();
  for (const point of zcta) {
    census.set(point.zip, point);
    const prefix = point.zip.slice(0, 3);
    const sum = prefixSums.get(prefix) ?? [0, 0, 0];
    sum[0] += point.lat;
    sum[1] += point.lng;
    sum[2] += 1;
    prefixSums.set(prefix, sum);
  }

  const postalByZip = new Map<string, PostalZip>();
  const prefixStates = new Map<string, Map<string, number>>();
  const places = new Map<string, PlaceEntry>();
  const placesByName = new Map<string, PlaceEntry[]>();
  for (const entry of postal) {
    postalByZip.set(entry.zip, entry);
    const prefix = entry.zip.slice(0, 3);
    const counts = prefixStates.get(prefix) ?? new Map<string, number>();
    counts.set(entry.state, (counts.get(entry.state) ?? 0) + 1);
    prefixStates.set(prefix, counts);

    const name = foldPlaceName(entry.city);
    const key = `${name}|${entry.state}`;
    let place = places.get(key);
    if (place === undefined) {
      place = { city: entry.city, state: entry.state, zips: [], censusSum: [0, 0, 0], postalSum: [0, 0, 0] };
      places.set(key, place);
      const list = placesByName.get(name) ?? [];
      list.push(place);
      placesByName.set(name, list);
    }
    place.zips.push(entry.zip);
    const point = census.get(entry.zip);
    const sum = point === undefined ? place.postalSum : place.censusSum;
    sum[0] += point?.lat ?? entry.lat;
    sum[1] += point?.lng ?? entry.lng;
    sum[2] += 1;
  }

  const majorityState = (prefix: string): string | undefined => {
    let best: string | undefined;
    let bestCount = 0;
    for (const [state, count] of prefixStates.get(prefix) ?? []) {
      if (count > bestCount) {
        best = state;
        bestCount = count;
      }
    }
    return best;
  };

  function lookupZip(input: string): ZipLocation | undefined {
    const zip = strictZip5(input);
    if (zip === undefined) return undefined;
    const named = postalByZip.get(zip);
    const naming =
      named === undefined
        ? stateOnly(majorityState(zip.slice(0, 3)))
        : { city: named.city, state: named.state };
    const point = census.get(zip);
    if (point !== undefined) return { zip, lat: point.lat, lng: point.lng, ...naming, source: 'census-zcta' };
    if (named !== undefined)
      return { zip, lat: named.lat, lng: named.lng, ...naming, source: 'postal-directory' };
    const sum = prefixSums.get(zip.slice(0, 3));
    if (sum === undefined) return undefined;
    return { zip, lat: sum[0] / sum[2], lng: sum[1] / sum[2], ...naming, source: 'zip-prefix-fallback' };
  }

  function toMatch(place: PlaceEntry): PlaceMatch {
    const sum = place.censusSum[2] > 0 ? place.censusSum : place.postalSum;
    return {
      city: place.city,
      state: place.state,
      stateName: US_STATES[place.state] ?? place.state,
      lat: sum[0] / sum[2],
      lng: sum[1] / sum[2],
      zips: [...place.zips].sort(),
    };
  }

  function lookupPlace(query: string): PlaceLookup {
    const parsed = parsePlaceQuery(query, (name, state) => places.has(`${name}|${state}`));
    if (parsed === undefined) return { query, matches: [], ambiguous: false };
    if (parsed.state !== undefined) {
      const place = places.get(`${parsed.name}|${parsed.state}`);
      return {
        query,
        matches: place === undefined ? [] : [toMatch(place)],
        ambiguous: false,
        state: parsed.state,
      };
    }
    const matches = (placesByName.get(parsed.name) ?? [])
      .map(toMatch)
      .sort((a, b) => b.zips.length - a.zips.length || a.state.localeCompare(b.state));
    return { query, matches, ambiguous: matches.length > 1 };
  }

  return { lookupZip, lookupPlace };
}

function stateOnly(state: string | undefined): { state?: string } {
  return state === undefined ? {} : { state };
}

/**
 * Splits a place query into a folded name and, when present, a state. With a comma
 * the part after the last comma must be a state; without one, the longest trailing
 * words that name a state and leave a known place are taken as the state.
 */
function parsePlaceQuery(
  query: string,
  known: (name: string, state: string) => boolean,
): { name: string; state?: string } | undefined {
  // A trailing ZIP ("Cambridge, MA 02139") adds nothing to a place lookup.
  const text = query.replace(/\s+\d{5}(?:-\d{4})?\s*$/, '');
  const comma = text.lastIndexOf(',');
  if (comma >= 0) {
    const name = foldPlaceName(text.slice(0, comma));
    const state = stateCode(text.slice(comma + 1));
    if (name === '') return undefined;
    if (state !== undefined) return { name, state };
    // "Springfield, " or a region we do not know: look the name up alone.
    return { name };
  }
  const words = foldName(text).split(' ').filter(Boolean);
  if (words.length === 0) return undefined;
  for (let take = Math.min(3, words.length - 1); take >= 1; take--) {
    const state = stateCode(words.slice(words.length - take).join(' '));
    if (state === undefined) continue;
    const name = foldPlaceName(words.slice(0, words.length - take).join(' '));
    if (known(name, state)) return { name, state };
  }
  return { name: foldPlaceName(words.join(' ')) };
}
