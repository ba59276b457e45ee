import { roundCoordinate } from '../../geo/lat-lng.js';
import type { Location } from '../../model/location.js';
import type { Organization } from '../../model/organization.js';
import type { Resource } from '../../model/resource.js';
import { COSTS } from '../../vocab/costs.js';
import { exportHsdsSchedules } from './export-schedule.js';
import type {
  HsdsAddress,
  HsdsAttribute,
  HsdsLanguage,
  HsdsLocation,
  HsdsMetadata,
  HsdsOrganization,
  HsdsPage,
  HsdsPhone,
  HsdsService,
  HsdsServiceAtLocation,
  HsdsServiceStatus,
} from './hsds-types.js';
import { type HsdsTaxonomyVocabulary, taxonomyAttribute } from './taxonomy.js';
import { hsdsId, isUuid } from './uuid.js';

/**
 * One change in a record's history, exported as an HSDS `metadata` entry. The model has no
 * audit type yet, so callers pass the rows they keep (e.g. from the API's audit log).
 */
export interface HsdsChange {
  /** Our id of the changed record. */
  readonly resourceId: string;
  /** When it changed: an ISO 8601 date or date-time. */
  readonly at: string;
  /** What happened, e.g. "create", "update", "delete", "verify". */
  readonly action: string;
  /** The changed field, in our model's names (e.g. "name", "schedule"). */
  readonly field: string;
  readonly previousValue: string | null;
  readonly replacementValue: string | null;
  /** Who changed it: a curator's name or id, or an import's name. */
  readonly updatedBy: string;
}

/** Options of the HSDS exporters. */
export interface HsdsExportOptions {
  /** Changes to export as `metadata`; only those whose `resourceId` is the exported record's are used. */
  readonly history?: readonly HsdsChange[];
  /** The organization running the service, when the caller has the full record. */
  readonly organization?: Organization;
}

/** The HSDS id of a record: its source UUID when it came from HSDS, else a v5 UUID of our id. */
function recordId(entity: string, resource: Resource): string {
  const external = resource.provenance.externalId;
  return external !== undefined && isUuid(external) ? external.toLowerCase() : hsdsId(entity, resource.id);
}

/** The HSDS id for one of our ids: the source UUID back for ids the importer made ("hsds-<uuid>"). */
function idFor(entity: string, ourId: string): string {
  const source = ourId.startsWith('hsds-') ? ourId.slice(5) : '';
  return isUuid(source) ? source : hsdsId(entity, ourId);
}

function locationHsdsId(resource: Resource, location: Location, index: number): string {
  if (location.id !== undefined && isUuid(location.id)) return location.id.toLowerCase();
  return hsdsId('location', `${resource.id}:${location.id ?? index}`);
}

const statusMap: Record<Resource['status'], HsdsServiceStatus> = {
  active: 'active',
  'temporarily-closed': 'temporarily closed',
  inactive: 'inactive',
};

function metadataFor(
  resourceId: string,
  hsdsResourceId: string,
  type: string,
  history?: readonly HsdsChange[],
) {
  return (history ?? [])
    .filter((change) => change.resourceId === resourceId)
    .map(
      (change, index): HsdsMetadata => ({
        id: hsdsId('metadata', `${resourceId}:${change.at}:${change.field}:${index}`),
        resource_id: hsdsResourceId,
        resource_type: type,
        last_action_date: change.at,
        last_action_type: change.action,
        field_name: change.field,
        previous_value: change.previousValue ?? '',
        replacement_value: change.replacementValue ?? '',
        updated_by: change.updatedBy,
      }),
    );
}

function phonesOf(resource: Resource, ownerId: string): HsdsPhone[] {
  const phones: HsdsPhone[] = [];
  resource.contact.forEach((channel, index) => {
    if (channel.type !== 'phone' && channel.type !== 'text') return;
    const phone: HsdsPhone = {
      id: hsdsId('phone', `${ownerId}:${index}`),
      number: channel.number,
      type: channel.type === 'text' ? 'text' : 'voice',
    };
    if (channel.type === 'phone' && channel.extension !== undefined)
      phone.extension = Number(channel.extension);
    if (channel.label !== undefined) phone.description = channel.label;
    phones.push(phone);
  });
  if (resource.kind === 'hotline') {
    resource.channels.forEach((channel, index) => {
      if (channel.type === 'call' || channel.type === 'text' || channel.type === 'tty') {
        phones.push({
          id: hsdsId('phone', `${ownerId}:channel:${index}`),
          number: channel.number,
          type: channel.type === 'call' ? 'voice' : channel.type,
        });
      }
    });
  }
  return phones;
}

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return undefined;
  }
})();

function languagesOf(resource: Resource, ownerId: string): HsdsLanguage[] {
  return resource.languages.map((code) => {
    const language: HsdsLanguage = { id: hsdsId('language', `${ownerId}:${code}`), code };
    const name = languageNames?.of(code);
    if (name !== undefined) language.name = name;
    return language;
  });
}

function attributesOf(resource: Resource, linkId: string): HsdsAttribute[] {
  const pairs: [HsdsTaxonomyVocabulary, readonly string[]][] = [
    ['circles', resource.circles],
    ['serves', [resource.serves]],
    ['concerns', resource.concerns],
    ['approaches', resource.approaches],
    ['audiences', resource.audiences],
    ['attendance', resource.attendance],
    ['costs', resource.cost],
  ];
  if (resource.kind === 'provider') {
    pairs.push(['levelsOfCare', resource.levelsOfCare], ['medications', resource.medications]);
  }
  const out: HsdsAttribute[] = [];
  for (const [vocabulary, ids] of pairs) {
    for (const id of ids) {
      const attribute = taxonomyAttribute('service', linkId, vocabulary, id);
      if (attribute !== undefined) out.push(attribute);
    }
  }
  return out;
}

function exportLocation(resource: Resource, location: Location, index: number): HsdsLocation {
  const id = locationHsdsId(resource, location, index);
  const confidential = location.precision === 'confidential';
  const hsds: HsdsLocation = { id, location_type: 'physical' };
  // A confidential place keeps only its town: no venue, street or coordinates leave the system.
  if (location.name !== undefined && !confidential) hsds.name = location.name;
  if (location.notes !== undefined && !confidential) hsds.transportation = location.notes;
  if (location.coordinates !== undefined && !confidential) {
    const point =
      location.precision === 'approximate' ? roundCoordinate(location.coordinates) : location.coordinates;
    hsds.latitude = point.lat;
    hsds.longitude = point.lng;
  }
  if (
    !confidential &&
    location.street !== undefined &&
    location.city !== undefined &&
    location.region !== undefined &&
    location.postalCode !== undefined
  ) {
    const address: HsdsAddress = {
      id: hsdsId('address', id),
      address_1: location.street,
      city: location.city,
      state_province: location.region,
      postal_code: location.postalCode,
      country: location.country ?? 'US',
      address_type: 'physical',
    };
    hsds.addresses = [address];
  } else if (location.city !== undefined || location.region !== undefined) {
    hsds.description = [location.city, location.region, location.postalCode].filter(Boolean).join(', ');
  }
  if (resource.accessibility.length > 0) {
    hsds.accessibility = resource.accessibility.map((feature) => ({
      id: hsdsId('accessibility', `${id}:${feature}`),
      description: feature,
    }));
  }
  return hsds;
}

function locationsOf(resource: Resource): Location[] {
  const all: Location[] = [];
  if (resource.location !== undefined) all.push(resource.location);
  if (resource.kind === 'service') {
    for (const location of resource.locations) {
      const duplicate = all.some(
        (known) =>
          (known.id !== undefined && known.id === location.id) ||
          (known.street === location.street && known.city === location.city && known.name === location.name),
      );
      if (!duplicate) all.push(location);
    }
  }
  return all;
}

function onlineLocation(resource: Resource): HsdsLocation | undefined {
  const url =
    resource.online?.url ??
    (resource.kind === 'online-community' ? resource.url : undefined) ??
    (resource.attendance.includes('online')
      ? resource.contact.find((channel) => channel.type === 'website')?.url
      : undefined);
  if (url === undefined) return undefined;
  return { id: hsdsId('location', `${resource.id}:online`), location_type: 'virtual', url, name: 'Online' };
}

function organizationOf(resource: Resource, options: HsdsExportOptions): HsdsOrganization | undefined {
  if (options.organization !== undefined) return exportHsdsOrganization(options.organization);
  if (resource.kind !== 'service' && resource.kind !== 'provider') return undefined;
  if (resource.organizationName === undefined) return undefined;
  // HSDS requires a description; without the organization record there is none to give.
  return {
    id: idFor('organization', resource.organizationId ?? resource.organizationName),
    name: resource.organizationName,
    description: '',
  };
}

function serviceAtLocations(resource: Resource, serviceId: string): HsdsServiceAtLocation[] {
  const places = locationsOf(resource).map((location, index) => exportLocation(resource, location, index));
  const online = onlineLocation(resource);
  if (online !== undefined) places.push(online);
  return places.map((location) => ({
    id: hsdsId('service_at_location', `${serviceId}:${location.id}`),
    service_id: serviceId,
    location_id: location.id,
    location,
  }));
}

function feesDescription(resource: Resource): string | undefined {
  if (resource.cost.length === 0) return undefined;
  return resource.cost.map((id) => COSTS.find((term) => term.id === id)?.label.en ?? id).join('; ');
}

/**
 * One resource as an HSDS 3.0 service, nested the way `/services/{id}` returns it: its
 * organization, service-at-locations with their locations and addresses, phones, RRULE-style
 * schedules, languages, our vocabulary terms as attributes of the "recovery-circles"
 * taxonomy, verification as `assured_date`/`assurer_email`, and history as `metadata`.
 * Validates against the official compiled `service.json` schema.
 */
export function exportHsdsService(resource: Resource, options: HsdsExportOptions = {}): HsdsService {
  const id = recordId('service', resource);
  const service: HsdsService = { id, name: resource.name, status: statusMap[resource.status] };
  const description = resource.description ?? resource.localizedDescription?.en;
  if (description !== undefined) service.description = description;
  const website = resource.contact.find((channel) => channel.type === 'website');
  if (website !== undefined) service.url = website.url;
  const email = resource.contact.find((channel) => channel.type === 'email');
  if (email !== undefined) service.email = email.address;
  const organization = organizationOf(resource, options);
  if (organization !== undefined) {
    service.organization_id = organization.id;
    service.organization = organization;
  }
  const fees = feesDescription(resource);
  if (fees !== undefined) service.fees_description = fees;
  if (resource.kind === 'hotline' && resource.interpretation !== undefined) {
    service.interpretation_services = resource.interpretation.en;
  }
  if (resource.kind === 'provider' && resource.credentials.length > 0) {
    service.licenses = resource.credentials.join(', ');
  }
  if (resource.kind === 'hotline' && resource.maxAge !== undefined) service.maximum_age = resource.maxAge;
  if (resource.verification.verifiedAt !== null) {
    service.assured_date = resource.verification.verifiedAt.slice(0, 10);
    const by = resource.verification.verifiedBy;
    if (by !== undefined && by !== null && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(by)) service.assurer_email = by;
  }
  if (resource.updatedAt !== undefined) service.last_modified = new Date(resource.updatedAt).toISOString();
  const phones = phonesOf(resource, id);
  if (phones.length > 0) service.phones = phones;
  if (resource.schedule !== undefined) service.schedules = exportHsdsSchedules(resource.schedule, id);
  const languages = languagesOf(resource, id);
  if (languages.length > 0) service.languages = languages;
  const places = serviceAtLocations(resource, id);
  if (places.length > 0) service.service_at_locations = places;
  service.attributes = attributesOf(resource, id);
  const metadata = metadataFor(resource.id, id, 'service', options.history);
  if (metadata.length > 0) service.metadata = metadata;
  return service;
}

/** Options of {@link exportHsdsOrganization}. */
export interface HsdsOrganizationExportOptions {
  /** The organization's services, nested as `/organizations/{id}` returns them. */
  readonly services?: readonly Resource[];
  readonly history?: readonly HsdsChange[];
}

/** An organization as an HSDS 3.0 organization; validates against the compiled `organization.json`. */
export function exportHsdsOrganization(
  organization: Organization,
  options: HsdsOrganizationExportOptions = {},
): HsdsOrganization {
  const id = idFor('organization', organization.id);
  const hsds: HsdsOrganization = { id, name: organization.name, description: organization.description ?? '' };
  if (organization.email !== undefined) hsds.email = organization.email;
  if (organization.url !== undefined) hsds.website = organization.url;
  if (options.services !== undefined && options.services.length > 0) {
    hsds.services = options.services.map((resource) => {
      const service = exportHsdsService(
        resource,
        options.history === undefined ? {} : { history: options.history },
      );
      // The organization is the parent here; nesting it again in each service would repeat it.
      delete service.organization;
      service.organization_id = id;
      return service;
    });
  }
  const metadata = metadataFor(organization.id, id, 'organization', options.history);
  if (metadata.length > 0) hsds.metadata = metadata;
  return hsds;
}

/**
 * The HSDS 3.0 service-at-location records of a resource (one per place it is offered,
 * online included), each with its location and its service nested as
 * `/service_at_locations/{id}` returns them; validates against `service_at_location.json`.
 */
export function exportHsdsServiceAtLocation(
  resource: Resource,
  options: HsdsExportOptions = {},
): HsdsServiceAtLocation[] {
  const service = exportHsdsService(resource, options);
  const places = service.service_at_locations ?? [];
  const { service_at_locations: _nested, ...serviceOnly } = service;
  return places.map((place) => {
    const out: HsdsServiceAtLocation = { ...place, service: serviceOnly };
    if (service.phones !== undefined) out.phones = service.phones;
    if (service.schedules !== undefined) out.schedules = service.schedules;
    return out;
  });
}

/** Paging of {@link toHsdsPage}. */
export interface HsdsPaging {
  /** 1-based page number. */
  readonly page: number;
  readonly perPage: number;
  /** Items across all pages; defaults to the number of items given. */
  readonly total?: number;
}

/** Wraps one page of items in the HSDS 3.0 list envelope (`total_items`, `page_number`, `contents`…). */
export function toHsdsPage<T>(items: readonly T[], paging: HsdsPaging): HsdsPage<T> {
  const total = paging.total ?? items.length;
  const perPage = Math.max(1, Math.floor(paging.perPage));
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.max(1, Math.floor(paging.page));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: items.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: items.length === 0,
    contents: [...items],
  };
}
