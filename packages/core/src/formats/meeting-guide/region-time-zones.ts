import { CA_PROVINCES } from './address.js';

/*
 * The IANA zone most of a state's or province's people live in. Used only to guess a zone
 * for a record that has none and was imported without a `timeZone` option, and always
 * reported as a guess: states such as Texas, Florida, Indiana or Kentucky span two zones.
 */
const US_ZONES: Readonly<Record<string, string>> = {
  AL: 'America/Chicago',
  AK: 'America/Anchorage',
  AZ: 'America/Phoenix',
  AR: 'America/Chicago',
  CA: 'America/Los_Angeles',
  CO: 'America/Denver',
  CT: 'America/New_York',
  DE: 'America/New_York',
  DC: 'America/New_York',
  FL: 'America/New_York',
  GA: 'America/New_York',
  HI: 'Pacific/Honolulu',
  ID: 'America/Boise',
  IL: 'America/Chicago',
  IN: 'America/Indiana/Indianapolis',
  IA: 'America/Chicago',
  KS: 'America/Chicago',
  KY: 'America/New_York',
  LA: 'America/Chicago',
  ME: 'America/New_York',
  MD: 'America/New_York',
  MA: 'America/New_York',
  MI: 'America/Detroit',
  MN: 'America/Chicago',
  MS: 'America/Chicago',
  MO: 'America/Chicago',
  MT: 'America/Denver',
  NE: 'America/Chicago',
  NV: 'America/Los_Angeles',
  NH: 'America/New_York',
  NJ: 'America/New_York',
  NM: 'America/Denver',
  NY: 'America/New_York',
  NC: 'America/New_York',
  ND: 'America/Chicago',
  OH: 'America/New_York',
  OK: 'America/Chicago',
  OR: 'America/Los_Angeles',
  PA: 'America/New_York',
  RI: 'America/New_York',
  SC: 'America/New_York',
  SD: 'America/Chicago',
  TN: 'America/Chicago',
  TX: 'America/Chicago',
  UT: 'America/Denver',
  VT: 'America/New_York',
  VA: 'America/New_York',
  WA: 'America/Los_Angeles',
  WV: 'America/New_York',
  WI: 'America/Chicago',
  WY: 'America/Denver',
  AS: 'Pacific/Pago_Pago',
  GU: 'Pacific/Guam',
  MP: 'Pacific/Saipan',
  PR: 'America/Puerto_Rico',
  VI: 'America/St_Thomas',
};

const CA_ZONES: Readonly<Record<string, string>> = {
  AB: 'America/Edmonton',
  BC: 'America/Vancouver',
  MB: 'America/Winnipeg',
  NB: 'America/Moncton',
  NL: 'America/St_Johns',
  NS: 'America/Halifax',
  NT: 'America/Yellowknife',
  NU: 'America/Iqaluit',
  ON: 'America/Toronto',
  PE: 'America/Halifax',
  QC: 'America/Toronto',
  SK: 'America/Regina',
  YT: 'America/Whitehorse',
};

/** Countries that keep one zone across their land. */
const COUNTRY_ZONES: Readonly<Record<string, string>> = {
  GB: 'Europe/London',
  IE: 'Europe/Dublin',
  NL: 'Europe/Amsterdam',
  DE: 'Europe/Berlin',
  FR: 'Europe/Paris',
  IT: 'Europe/Rome',
  ZA: 'Africa/Johannesburg',
  IN: 'Asia/Kolkata',
  NZ: 'Pacific/Auckland',
  PR: 'America/Puerto_Rico',
  GE: 'Asia/Tbilisi',
};

const PROVINCE_CODES = new Map(
  Object.entries(CA_PROVINCES).map(([code, name]) => [name.toLowerCase(), code]),
);

/** A guessed IANA zone for a place in `region` of `country`, or undefined when the place spans zones or is unknown. */
export function guessTimeZone(country: string | undefined, region: string | undefined): string | undefined {
  const countryZone = country ? COUNTRY_ZONES[country] : undefined;
  if (countryZone) return countryZone;
  if (!region) return undefined;
  const code = region.trim().toUpperCase();
  if (country === 'CA')
    return CA_ZONES[code] ?? CA_ZONES[PROVINCE_CODES.get(region.trim().toLowerCase()) ?? ''];
  if (country === undefined || country === 'US') return US_ZONES[code];
  return undefined;
}
