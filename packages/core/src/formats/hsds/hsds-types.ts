/*
 * The parts of the Open Referral HSDS 3.0 objects this package reads and writes. Field
 * names follow the specification (snake_case); only fields we fill or read are listed, and
 * every one is optional where the specification allows it.
 */

/** An HSDS 3.0 metadata entry: one change to one field of one record. */
export interface HsdsMetadata {
  id: string;
  resource_id?: string;
  resource_type?: string;
  last_action_date: string;
  last_action_type: string;
  field_name: string;
  previous_value: string;
  replacement_value: string;
  updated_by: string;
}

/** An HSDS 3.0 taxonomy: a published vocabulary. */
export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
  version?: string;
}

/** An HSDS 3.0 taxonomy term. */
export interface HsdsTaxonomyTerm {
  id: string;
  code?: string;
  name: string;
  description: string;
  parent_id?: string;
  taxonomy?: string;
  taxonomy_detail?: HsdsTaxonomy;
  language?: string;
  taxonomy_id?: string;
}

/** An HSDS 3.0 attribute: links a record to a taxonomy term. */
export interface HsdsAttribute {
  id: string;
  link_id?: string;
  taxonomy_term_id?: string;
  link_type?: string;
  link_entity?: string;
  value?: string;
  taxonomy_term?: HsdsTaxonomyTerm;
}

/** An HSDS 3.0 language. */
export interface HsdsLanguage {
  id: string;
  name?: string;
  code?: string;
  note?: string;
}

/** An HSDS 3.0 phone. */
export interface HsdsPhone {
  id: string;
  number: string;
  extension?: number;
  type?: string;
  description?: string;
  languages?: HsdsLanguage[];
}

/** An HSDS 3.0 schedule, RRULE-style. */
export interface HsdsSchedule {
  id: string;
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  description?: string;
  opens_at?: string;
  closes_at?: string;
  attending_type?: string;
  notes?: string;
}

/** An HSDS 3.0 address. */
export interface HsdsAddress {
  id: string;
  attention?: string;
  address_1: string;
  address_2?: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: string;
}

/** An HSDS 3.0 accessibility note. */
export interface HsdsAccessibility {
  id: string;
  description?: string;
  details?: string;
  url?: string;
}

/** An HSDS 3.0 location. */
export interface HsdsLocation {
  id: string;
  location_type: string;
  url?: string;
  name?: string;
  description?: string;
  transportation?: string;
  latitude?: number;
  longitude?: number;
  languages?: HsdsLanguage[];
  addresses?: HsdsAddress[];
  accessibility?: HsdsAccessibility[];
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  attributes?: HsdsAttribute[];
}

/** An HSDS 3.0 cost option. */
export interface HsdsCostOption {
  id: string;
  option?: string;
  currency?: string;
  amount?: number;
  amount_description?: string;
}

/** An HSDS 3.0 organization. */
export interface HsdsOrganization {
  id: string;
  name: string;
  alternate_name?: string;
  description: string;
  email?: string;
  website?: string;
  phones?: HsdsPhone[];
  locations?: HsdsLocation[];
  services?: HsdsService[];
  attributes?: HsdsAttribute[];
  metadata?: HsdsMetadata[];
}

/** An HSDS 3.0 service at location: where a service is delivered. */
export interface HsdsServiceAtLocation {
  id: string;
  service_id?: string;
  location_id?: string;
  description?: string;
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  location?: HsdsLocation;
  service?: HsdsService;
  attributes?: HsdsAttribute[];
  metadata?: HsdsMetadata[];
}

/** The statuses HSDS 3.0 allows for a service. */
export type HsdsServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

/** An HSDS 3.0 service. */
export interface HsdsService {
  id: string;
  organization_id?: string;
  name: string;
  alternate_name?: string;
  description?: string;
  url?: string;
  email?: string;
  status: HsdsServiceStatus;
  interpretation_services?: string;
  fees_description?: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  assurer_email?: string;
  licenses?: string;
  last_modified?: string;
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  service_at_locations?: HsdsServiceAtLocation[];
  languages?: HsdsLanguage[];
  organization?: HsdsOrganization;
  cost_options?: HsdsCostOption[];
  attributes?: HsdsAttribute[];
  metadata?: HsdsMetadata[];
}

/** A page of an HSDS 3.0 list endpoint, as `/services` returns it. */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}
