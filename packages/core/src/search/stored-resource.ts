import type { LatLng } from '../geo/lat-lng.js';
import type { LocationPrecision } from '../model/location.js';
import type { ResourceStatus } from '../model/provenance.js';
import type { Resource } from '../model/resource.js';
import type { AttendanceMode } from '../vocab/attendance.js';
import type { ResourceKind } from '../vocab/resource-kinds.js';

/** A place as an outline keeps it: where it is and how public that is. */
export interface OutlinePlace {
  readonly coordinates?: LatLng | null | undefined;
  readonly precision?: LocationPrecision | null | undefined;
}

/**
 * What an index files a resource by when it is added (see {@link StoredResource}): its id,
 * kind, status, attendance and places. Everything else is read only when a search, a match
 * or a caller needs it. A `Resource` is its own outline.
 */
export interface ResourceOutline {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly status: ResourceStatus;
  readonly attendance: readonly AttendanceMode[];
  readonly location?: OutlinePlace | null | undefined;
  /** A service's other places. */
  readonly locations?: readonly OutlinePlace[] | null | undefined;
}

/**
 * A resource as a store keeps it: its outline, and its JSON text (of a valid, schema-parsed
 * resource), parsed on first use. An index built from these (see `createIndex`) files
 * 100,000 records in the time it takes to parse their outlines, a few times less than
 * parsing every record; `ResourceIndex.parseStored` parses the rest ahead, in slices.
 */
export interface StoredResource {
  readonly outline: ResourceOutline;
  readonly json: string;
}

function outlinePlace(place: OutlinePlace): OutlinePlace {
  return { coordinates: place.coordinates ?? null, precision: place.precision ?? null };
}

/** The outline of a resource, to be stored beside its JSON text. */
export function outlineOf(resource: Resource): ResourceOutline {
  const outline: ResourceOutline = {
    id: resource.id,
    kind: resource.kind,
    status: resource.status,
    attendance: resource.attendance,
    location: resource.location === undefined ? null : outlinePlace(resource.location),
  };
  return resource.kind === 'service' && resource.locations.length > 0
    ? { ...outline, locations: resource.locations.map(outlinePlace) }
    : outline;
}

/** Whether `input` is a stored resource rather than a parsed one. */
export function isStoredResource(input: Resource | StoredResource): input is StoredResource {
  return typeof (input as Partial<StoredResource>).json === 'string';
}

/**
 * The resource `id` in a stored one's JSON text. Throws when the text does not parse or holds
 * another record (a store that paired outlines and texts wrongly).
 */
export function parseStoredResource(id: string, json: string): Resource {
  let resource: Resource;
  try {
    resource = JSON.parse(json) as Resource;
  } catch (error) {
    throw new Error(`The stored resource ${id} is not valid JSON`, { cause: error });
  }
  if (resource?.id !== id) {
    throw new Error(`The stored text of resource ${id} holds another record`);
  }
  return resource;
}
