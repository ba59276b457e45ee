import { US_STATES } from '../../geo-us/us-states.js';

/** Address parts read from a one-line address. */
export interface AddressParts {
  street?: string | undefined;
  city?: string | undefined;
  region?: string | undefined;
  postalCode?: string | undefined;
  /** ISO 3166-1 alpha-2. */
  country?: string | undefined;
}

const COUNTRY_NAMES = new Map<string, string>([
  ['usa', 'US'],
  ['us', 'US'],
  ['u.s.', 'US'],
  ['u.s.a.', 'US'],
  ['united states', 'US'],
  ['united states of america', 'US'],
  ['canada', 'CA'],
  ['uk', 'GB'],
  ['u.k.', 'GB'],
  ['gb', 'GB'],
  ['united kingdom', 'GB'],
  ['great britain', 'GB'],
  ['england', 'GB'],
  ['scotland', 'GB'],
  ['wales', 'GB'],
  ['northern ireland', 'GB'],
  ['ireland', 'IE'],
  ['mexico', 'MX'],
  ['méxico', 'MX'],
  ['australia', 'AU'],
  ['new zealand', 'NZ'],
  ['netherlands', 'NL'],
  ['the netherlands', 'NL'],
  ['germany', 'DE'],
  ['france', 'FR'],
  ['spain', 'ES'],
  ['italy', 'IT'],
  ['south africa', 'ZA'],
  ['india', 'IN'],
  ['puerto rico', 'PR'],
  // Geocoders write US states as codes, so a trailing "Georgia" is the country.
  ['georgia', 'GE'],
]);

/** Country names written on export, where a name reads better than the code. */
const EXPORT_COUNTRY_NAMES: Readonly<Record<string, string>> = { US: 'USA', CA: 'Canada', GB: 'UK' };

/** Canadian provinces and territories, by code, with their names. */
export const CA_PROVINCES: Readonly<Record<string, string>> = {
  AB: 'Alberta',
  BC: 'British Columbia',
  MB: 'Manitoba',
  NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia',
  NT: 'Northwest Territories',
  NU: 'Nunavut',
  ON: 'Ontario',
  PE: 'Prince Edward Island',
  QC: 'Quebec',
  SK: 'Saskatchewan',
  YT: 'Yukon',
};

const REGION_COUNTRY = new Map<string, string>();
for (const [code, name] of Object.entries(US_STATES)) {
  REGION_COUNTRY.set(code.toLowerCase(), 'US');
  if (!COUNTRY_NAMES.has(name.toLowerCase())) REGION_COUNTRY.set(name.toLowerCase(), 'US');
}
for (const [code, name] of Object.entries(CA_PROVINCES)) {
  // "GA" stays Georgia, US; only the names of provinces that clash with no state count.
  if (!REGION_COUNTRY.has(code.toLowerCase())) REGION_COUNTRY.set(code.toLowerCase(), 'CA');
  REGION_COUNTRY.set(name.toLowerCase(), 'CA');
}

const POSTAL =
  /^(\d{5}(?:-\d{4})?|[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d|[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2})$/;
const REGION_AND_POSTAL =
  /^(.*?)\s+(\d{5}(?:-\d{4})?|[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d|[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2})$/;
const DIGITS = /\d/;
// A country run on after the postal code without a comma: "PA  19061 United States".
const TRAILING_COUNTRY = /\s+(usa|u\.s\.a\.|united states(?: of america)?|canada|uk|united kingdom)$/i;
const ALPHA2 = /^[A-Z]{2}$/;

/** The ISO code of a country as feeds write it ("USA", "Canada", "UK", "CA"), or undefined. */
export function countryCode(value: string): string | undefined {
  const trimmed = value.trim();
  const named = COUNTRY_NAMES.get(trimmed.toLowerCase());
  if (named) return named;
  return ALPHA2.test(trimmed) ? trimmed : undefined;
}

/** The country a state or province ("PA", "Alberta") belongs to, when it is a US state or a Canadian province. */
export function countryOfRegion(region: string): string | undefined {
  return REGION_COUNTRY.get(region.trim().toLowerCase());
}

/**
 * Splits a one-line address as geocoders write it — "3186 Pullman St, Costa Mesa, CA 92626, USA",
 * "8318 104 St, Edmonton, Alberta, T6E 4E8, Canada", "London, UK" — into parts. A lone
 * place name is a city; what is left before the city is the street.
 */
export function parseAddress(text: string): AddressParts {
  const parts: string[] = [];
  for (const part of text.split(',')) {
    const trimmed = part.trim();
    if (trimmed !== '') parts.push(trimmed);
  }
  const result: AddressParts = {};
  const last = parts.at(-1);
  if (last !== undefined) {
    const country = COUNTRY_NAMES.get(last.toLowerCase());
    if (country) {
      result.country = country;
      parts.pop();
    } else {
      const trailing = TRAILING_COUNTRY.exec(last);
      const name = trailing?.[1]?.toLowerCase();
      const code = name === undefined ? undefined : COUNTRY_NAMES.get(name);
      if (trailing && code) {
        result.country = code;
        parts[parts.length - 1] = last.slice(0, trailing.index);
      }
    }
  }
  if (parts.length >= 2) {
    const tail = parts.at(-1) ?? '';
    const regionAndPostal = REGION_AND_POSTAL.exec(tail);
    if (POSTAL.test(tail) && DIGITS.test(tail)) {
      result.postalCode = tail;
      parts.pop();
      const region = parts.at(-1);
      if (parts.length >= 2 && region !== undefined && !DIGITS.test(region)) {
        result.region = region;
        parts.pop();
      }
    } else if (regionAndPostal?.[1] && regionAndPostal[2] && !DIGITS.test(regionAndPostal[1])) {
      result.region = regionAndPostal[1];
      result.postalCode = regionAndPostal[2];
      parts.pop();
    } else if (countryOfRegion(tail) || (result.country && !DIGITS.test(tail))) {
      result.region = tail;
      parts.pop();
    }
  }
  const city = parts.at(-1);
  if (city !== undefined && !(parts.length === 1 && DIGITS.test(city))) {
    result.city = city;
    parts.pop();
  }
  if (parts.length > 0) result.street = parts.join(', ');
  if (!result.country && result.region) {
    const country = countryOfRegion(result.region);
    if (country) result.country = country;
  }
  return result;
}

/** The one-line address written on export: "street, city, ST 12345, USA". */
export function formatAddress(parts: AddressParts): string | undefined {
  const regionAndPostal = [parts.region, parts.postalCode].filter(Boolean).join(' ');
  const country = parts.country ? (EXPORT_COUNTRY_NAMES[parts.country] ?? parts.country) : undefined;
  const line = [parts.street, parts.city, regionAndPostal || undefined, country].filter(Boolean).join(', ');
  return line === '' ? undefined : line;
}

/** The country as written on export ("USA", "Canada", "UK", or the ISO code). */
export function exportCountry(code: string): string {
  return EXPORT_COUNTRY_NAMES[code] ?? code;
}
