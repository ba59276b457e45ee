import type { Location, Resource } from '@recovery-circles/core';
import type { PlanCircle } from '../plan/plan-model.js';
import type { SavedResource } from '../plan/plan-schema.js';

/** The first number to call: a phone contact, or a help line's call channel. */
export function primaryPhone(resource: Resource): string | undefined {
  const phone = resource.contact.find((c) => c.type === 'phone');
  if (phone?.type === 'phone') return phone.number;
  if (resource.kind === 'hotline') {
    const call = resource.channels.find((c) => c.type === 'call');
    if (call?.type === 'call') return call.number;
  }
  return undefined;
}

/** The resource's own web page: an online community's address or a website contact. */
export function primaryUrl(resource: Resource): string | undefined {
  if (resource.kind === 'online-community') return resource.url;
  const site = resource.contact.find((c) => c.type === 'website');
  return site?.type === 'website' ? site.url : undefined;
}

/** The public point of a resource, when it has one (confidential places have none). */
export function pointOf(resource: Resource): { lat: number; lng: number } | undefined {
  return resource.location?.coordinates;
}

/** A place as address lines: venue, street, "City, ST ZIP". Confidential places keep only the area. */
export function addressLines(location: Location): string[] {
  const cityLine = [location.city, [location.region, location.postalCode].filter(Boolean).join(' ')]
    .filter((part) => part && part.length > 0)
    .join(', ');
  return [location.name, location.street, cityLine].filter((line): line is string => Boolean(line));
}

/** An OpenStreetMap directions link to the public point, or a search for the public address. */
export function directionsUrl(location: Location): string | undefined {
  if (location.precision === 'confidential') return undefined;
  if (location.coordinates) {
    const { lat, lng } = location.coordinates;
    return `https://www.openstreetmap.org/directions?to=${encodeURIComponent(`${lat},${lng}`)}`;
  }
  const lines = addressLines(location);
  if (!location.street || lines.length === 0) return undefined;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(lines.join(', '))}`;
}

/** The section of the plan a resource goes in. */
export function planCircleOf(resource: Resource, circle?: PlanCircle): PlanCircle {
  if (circle) return circle;
  const first = resource.circles[0];
  return first ?? 'peers';
}

/** What the plan keeps of a resource: enough to reach it when offline or printed. */
export function savedFrom(resource: Resource, circle: PlanCircle, now: Date): SavedResource {
  const phone = primaryPhone(resource);
  const url = primaryUrl(resource);
  return {
    id: resource.id,
    name: resource.name,
    circle,
    ...(phone ? { phone } : {}),
    ...(url ? { url } : {}),
    savedAt: now.toISOString(),
  };
}
