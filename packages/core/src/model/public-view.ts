import { roundCoordinate } from '../geo/lat-lng.js';
import type { Location } from './location.js';
import type { Resource } from './resource.js';

/** Size in km of the grid an `approximate` location's coordinates are snapped to. */
export const APPROXIMATE_LOCATION_KM = 1;

/**
 * A location as the public may see it: a `confidential` place loses its street, venue
 * name, directions and coordinates (the city, region and postal code stay so it can still
 * be found by area); an `approximate` place keeps its coordinates only to about 1 km.
 */
export function publicLocation(location: Location): Location {
  if (location.precision === 'confidential') {
    const { street: _street, name: _name, notes: _notes, coordinates: _coordinates, ...area } = location;
    return area;
  }
  if (location.precision === 'approximate' && location.coordinates) {
    return { ...location, coordinates: roundCoordinate(location.coordinates, APPROXIMATE_LOCATION_KM) };
  }
  return location;
}

/**
 * The resource as the public API and pages may show it, with every location passed
 * through `publicLocation`. Returns a new object; the stored record is not changed.
 */
export function publicView<R extends Resource>(resource: R): R {
  const view: R = { ...resource };
  if (resource.location) view.location = publicLocation(resource.location);
  if (view.kind === 'service') view.locations = view.locations.map(publicLocation);
  return view;
}
