import type { Location } from '../../model/location.js';
import { type AddressParts, countryCode, countryOfRegion, parseAddress } from './address.js';
import { readCoordinates } from './coordinates.js';
import { exact, type FeedContext, type RecordIssues } from './record-context.js';
import { clip, readText } from './values.js';

/** One-line addresses remembered at once (a venue's meetings tend to come together). */
const ADDRESS_MEMO = 4096;

const MAX_TAG = 120;
const MAX_AREAS = 10;
const MAX_POSTAL = 16;

/** Reads a record's venue, address (parts or one line), areas and point, checking the point against the country; undefined when it gives none. */
export function readLocation(
  raw: Record<string, unknown>,
  ctx: FeedContext,
  say: RecordIssues,
): Location | undefined {
  let formatted = readText(raw.formatted_address);
  let street = readText(raw.address);
  const city = readText(raw.city);
  // Some feeds put the whole one-line address in `address`.
  if (street?.includes(',') && city === undefined && formatted === undefined) {
    formatted = street;
    street = undefined;
  }
  let parsed: AddressParts = {};
  if (formatted !== undefined) {
    // Many meetings share a venue; its address is split once per import.
    const known = ctx.addresses.get(formatted);
    parsed = known ?? parseAddress(formatted);
    if (!known) {
      // A memo, not a record of the feed: kept small, so a long feed's addresses are not all held.
      if (ctx.addresses.size >= ADDRESS_MEMO) ctx.addresses.clear();
      ctx.addresses.set(formatted, parsed);
    }
  }
  const location: Location = { precision: 'exact' };
  const venue = readText(raw.location);
  if (venue !== undefined) location.name = venue;
  const streetValue = street ?? parsed.street;
  if (streetValue !== undefined) location.street = streetValue;
  const cityValue = city ?? parsed.city;
  if (cityValue !== undefined) location.city = cityValue;
  const region = readText(raw.state) ?? readText(raw.province) ?? parsed.region;
  if (region !== undefined) location.region = region;
  const postal = readText(raw.postal_code) ?? readText(raw.zip) ?? parsed.postalCode;
  if (postal !== undefined) {
    if (postal.length <= MAX_POSTAL) location.postalCode = postal;
    else
      say.add(
        'postal_code',
        'warning',
        'text-truncated',
        `"${postal}" is too long for a postal code; left out.`,
      );
  }
  const writtenCountry = readText(raw.country);
  const country =
    (writtenCountry === undefined ? undefined : countryCode(writtenCountry)) ??
    parsed.country ??
    (region === undefined ? undefined : countryOfRegion(region));
  if (country !== undefined) location.country = country;
  const notes = readText(raw.location_notes);
  if (notes !== undefined) location.notes = notes;
  const areas = readAreas(raw);
  if (areas.length > 0) location.areas = areas;
  if (raw.approximate === 'yes' || raw.approximate === true) location.precision = 'approximate';

  const coordinates = readCoordinates(raw.latitude ?? raw.lat, raw.longitude ?? raw.lng ?? raw.lon, country);
  switch (coordinates.kind) {
    case 'none':
      break;
    case 'ok':
      location.coordinates = coordinates.point;
      break;
    case 'fixed':
      location.coordinates = coordinates.point;
      say.add(
        'latitude',
        'warning',
        coordinates.defect,
        coordinates.defect === 'coordinates-swapped'
          ? `Latitude and longitude were swapped (${coordinates.given.lat}, ${coordinates.given.lng}); swapped back.`
          : `The longitude ${coordinates.given.lng} lacked its minus sign for a place in ${country}; fixed.`,
      );
      break;
    case 'kept-outside-country':
      location.coordinates = coordinates.point;
      say.add(
        'latitude',
        'warning',
        'coordinates-outside-country',
        `The point ${coordinates.point.lat}, ${coordinates.point.lng} is outside ${coordinates.country}, the address's country; kept, please check it.`,
      );
      break;
    case 'dropped':
      say.add(
        'latitude',
        'warning',
        coordinates.defect,
        coordinates.defect === 'coordinates-null-island'
          ? `The point (${coordinates.given}) is 0, 0, the mark of a failed geocode; left out.`
          : coordinates.defect === 'coordinates-partial'
            ? `Only one of latitude and longitude is given (${coordinates.given}); left out.`
            : `"${coordinates.given}" is not a point on Earth; left out.`,
      );
      break;
  }
  if (coordinates.kind !== 'none' && coordinates.kind !== 'dropped' && coordinates.asText)
    ctx.tally.coordinatesAsText++;
  return holdsMoreThanPrecision(location) ? location : undefined;
}

/** Whether a location says anything beyond its (default) precision. */
function holdsMoreThanPrecision(location: Location): boolean {
  for (const key in location) if (key !== 'precision') return true;
  return false;
}

function addArea(areas: string[], value: unknown): void {
  const text = readText(value);
  if (text !== undefined) areas.push(clip(text, MAX_TAG));
}

function readAreas(raw: Record<string, unknown>): string[] {
  const areas: string[] = [];
  if (Array.isArray(raw.regions)) for (const item of raw.regions) addArea(areas, item);
  if (areas.length === 0) {
    addArea(areas, raw.region);
    addArea(areas, raw.sub_region);
  }
  return areas.length > MAX_AREAS ? areas.slice(0, MAX_AREAS) : exact(areas);
}
