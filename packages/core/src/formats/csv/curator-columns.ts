import { writeCsv } from './csv.js';

/** The two spreadsheet layouts curators fill in. */
export type CuratorCsvKind = 'meetings' | 'services';

/** One column of a curator spreadsheet, documented for the template and the README. */
export interface CuratorCsvColumn {
  readonly name: string;
  readonly required: boolean;
  /** What goes in the cell, in plain words, including allowed values. */
  readonly description: string;
}

const LIST = 'Several values are separated by ";".';

const shared = {
  id: {
    name: 'id',
    required: false,
    description:
      'Stable id: lowercase letters and digits joined by dashes. Left blank, one is made from the name. Rows with the same id are one record (for meetings: several times).',
  },
  name: { name: 'name', required: true, description: 'The name people know it by.' },
  description: { name: 'description', required: false, description: 'Plain text, up to 5,000 characters.' },
  circles: {
    name: 'circles',
    required: false,
    description: `Circles of support: family, peers, professionals, crisis. ${LIST}`,
  },
  serves: {
    name: 'serves',
    required: false,
    description: 'Who it is for: person-in-recovery, family-and-friends or both. Default person-in-recovery.',
  },
  concerns: { name: 'concerns', required: false, description: `Concern ids, e.g. alcohol; opioids. ${LIST}` },
  approaches: {
    name: 'approaches',
    required: false,
    description: `Approach ids, e.g. twelve-step; secular. ${LIST}`,
  },
  audiences: {
    name: 'audiences',
    required: false,
    description: `Audience ids, e.g. women; veterans. ${LIST}`,
  },
  languages: {
    name: 'languages',
    required: false,
    description: `BCP 47 language tags, e.g. en; es. ${LIST}`,
  },
  attendance: {
    name: 'attendance',
    required: false,
    description: `How people take part: in-person, online, hybrid, phone. ${LIST}`,
  },
  cost: {
    name: 'cost',
    required: false,
    description: `Cost ids, e.g. free; donation; sliding-scale; medicaid. ${LIST}`,
  },
  accessibility: {
    name: 'accessibility',
    required: false,
    description: `Accessibility ids, e.g. wheelchair; asl; hearing-loop. ${LIST}`,
  },
  timeZone: {
    name: 'time_zone',
    required: true,
    description: 'IANA time zone of the times, e.g. America/Chicago.',
  },
  locationName: {
    name: 'location_name',
    required: false,
    description: 'The venue, e.g. a church or community hall.',
  },
  street: { name: 'street', required: false, description: 'Street address.' },
  city: { name: 'city', required: false, description: 'City or town.' },
  region: { name: 'region', required: false, description: 'State or region, e.g. PA.' },
  postalCode: {
    name: 'postal_code',
    required: false,
    description: 'ZIP or postal code; US ZIPs that lost leading zeros are repaired.',
  },
  country: { name: 'country', required: false, description: 'Two-letter country code, e.g. US.' },
  latitude: {
    name: 'latitude',
    required: false,
    description: 'Decimal degrees, -90 to 90 (with longitude).',
  },
  longitude: {
    name: 'longitude',
    required: false,
    description: 'Decimal degrees, -180 to 180 (with latitude).',
  },
  precision: {
    name: 'location_precision',
    required: false,
    description:
      'exact, approximate (shown to about 1 km) or confidential (street and coordinates never shown). Default exact.',
  },
  phone: { name: 'phone', required: false, description: 'A phone number as published.' },
  email: { name: 'email', required: false, description: 'An email address.' },
  website: { name: 'website', required: false, description: 'An http or https address.' },
  status: {
    name: 'status',
    required: false,
    description: 'active, temporarily-closed or inactive. Default active.',
  },
  verifiedAt: {
    name: 'verified_at',
    required: false,
    description: 'When a curator last confirmed it: YYYY-MM-DD or an ISO date-time.',
  },
  verifiedBy: { name: 'verified_by', required: false, description: 'Who confirmed it.' },
} as const satisfies Record<string, CuratorCsvColumn>;

/** The columns of each curator layout, in order. */
export const CURATOR_CSV_COLUMNS: Readonly<Record<CuratorCsvKind, readonly CuratorCsvColumn[]>> = {
  meetings: [
    shared.id,
    shared.name,
    {
      name: 'fellowship',
      required: false,
      description: 'The fellowship by its short name, e.g. AA, NA, Al-Anon, SMART.',
    },
    {
      name: 'days',
      required: true,
      description:
        'Days it meets: names (Sunday…Saturday or Sun…Sat) or numbers 0–6 with 0 = Sunday. Several are separated by ";".',
    },
    { name: 'start', required: true, description: 'Start time, 24-hour HH:MM, e.g. 19:30.' },
    {
      name: 'end',
      required: false,
      description: 'End time, HH:MM; earlier than start means it ends after midnight.',
    },
    shared.timeZone,
    {
      name: 'access',
      required: false,
      description:
        'open (anyone, including family and friends), closed (members only) or unknown. Default unknown.',
    },
    shared.attendance,
    { ...shared.circles, description: `${shared.circles.description} Default peers.` },
    shared.serves,
    shared.concerns,
    shared.approaches,
    shared.audiences,
    shared.languages,
    shared.cost,
    shared.accessibility,
    shared.locationName,
    shared.street,
    shared.city,
    shared.region,
    shared.postalCode,
    shared.country,
    shared.latitude,
    shared.longitude,
    shared.precision,
    { name: 'online_url', required: false, description: 'Link to join online (http or https).' },
    { name: 'online_phone', required: false, description: 'Dial-in number.' },
    { name: 'online_notes', required: false, description: 'Joining notes, e.g. "Email for the password".' },
    shared.phone,
    shared.email,
    shared.website,
    shared.description,
    { name: 'type_codes', required: false, description: `Meeting Guide type codes, e.g. O; D; BE. ${LIST}` },
    shared.status,
    shared.verifiedAt,
    shared.verifiedBy,
  ],
  services: [
    shared.id,
    shared.name,
    { name: 'organization_name', required: false, description: 'The organization that runs it.' },
    shared.description,
    { ...shared.circles, required: true },
    shared.serves,
    shared.concerns,
    shared.approaches,
    shared.audiences,
    shared.languages,
    shared.attendance,
    shared.cost,
    shared.accessibility,
    {
      name: 'hours',
      required: false,
      description:
        'Opening hours: "24/7", "by appointment", or ranges like "Mon-Fri 09:00-17:00; Sat 10:00-14:00" (days as names or 0–6, 0 = Sunday).',
    },
    {
      ...shared.timeZone,
      required: false,
      description: `${shared.timeZone.description} Required when hours has times.`,
    },
    shared.locationName,
    shared.street,
    shared.city,
    shared.region,
    shared.postalCode,
    shared.country,
    shared.latitude,
    shared.longitude,
    shared.precision,
    shared.phone,
    shared.email,
    shared.website,
    shared.status,
    shared.verifiedAt,
    shared.verifiedBy,
  ],
};

/**
 * The spreadsheet template for a layout: the header row, then one explanation row whose
 * first cell starts with "#" (the importer skips such rows), so curators see what each
 * column takes. Served by the API for download.
 */
export function curatorCsvTemplate(kind: CuratorCsvKind): string {
  const columns = CURATOR_CSV_COLUMNS[kind];
  const help = columns.map((column, index) => {
    const text = `${column.required ? 'Required. ' : ''}${column.description}`;
    return index === 0 ? `# ${text}` : text;
  });
  return writeCsv([columns.map((column) => column.name), help]);
}
