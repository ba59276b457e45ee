import { describe, expect, it } from 'vitest';
import { distanceKm } from '../geo/lat-lng.js';
import type { LocationInput } from './location.js';
import { publicLocation, publicView } from './public-view.js';
import { type Resource, ResourceSchema } from './resource.js';

const place = {
  name: 'Safe House',
  street: '3186 Pullman St',
  city: 'Costa Mesa',
  region: 'CA',
  postalCode: '92626',
  country: 'US',
  coordinates: { lat: 33.6850173, lng: -117.8720761 },
  notes: 'Ring the side bell',
} satisfies LocationInput;

function meetingAt(location: LocationInput): Resource {
  return ResourceSchema.parse({
    kind: 'meeting',
    id: 'm',
    slug: 'm',
    name: 'Meeting',
    circles: ['peers'],
    serves: 'person-in-recovery',
    location,
    provenance: { source: 'curator' },
  });
}

describe('publicView', () => {
  it('never shows the street, venue, directions or coordinates of a confidential place', () => {
    const stored = meetingAt({ ...place, precision: 'confidential' });
    const view = publicView(stored);
    expect(view.location).toEqual({
      city: 'Costa Mesa',
      region: 'CA',
      postalCode: '92626',
      country: 'US',
      precision: 'confidential',
    });
    const json = JSON.stringify(view);
    expect(json).not.toContain('Pullman');
    expect(json).not.toContain('33.68');
    expect(json).not.toContain('Safe House');
  });

  it('rounds approximate coordinates to about 1 km and keeps the rest', () => {
    const view = publicView(meetingAt({ ...place, precision: 'approximate' }));
    const shown = view.location?.coordinates;
    if (!shown) throw new Error('coordinates expected');
    expect(shown).not.toEqual(place.coordinates);
    expect(distanceKm(shown, place.coordinates)).toBeLessThan(1);
    expect(view.location?.street).toBe(place.street);
  });

  it('shows an exact place as stored', () => {
    const stored = meetingAt(place);
    expect(publicView(stored).location).toEqual(stored.location);
  });

  it('applies to every location of a service and leaves the stored record unchanged', () => {
    const stored = ResourceSchema.parse({
      kind: 'service',
      id: 's',
      slug: 's',
      name: 'Service',
      circles: ['professionals'],
      serves: 'both',
      location: { ...place, precision: 'confidential' },
      locations: [
        { ...place, id: 'a', precision: 'confidential' },
        { ...place, id: 'b' },
      ],
      provenance: { source: 'curator' },
    });
    const before = structuredClone(stored);
    const view = publicView(stored);
    expect(stored).toEqual(before);
    if (view.kind !== 'service') throw new Error('expected a service');
    expect(view.location?.street).toBeUndefined();
    expect(view.locations[0]?.street).toBeUndefined();
    expect(view.locations[0]?.coordinates).toBeUndefined();
    expect(view.locations[1]?.street).toBe(place.street);
    expect(ResourceSchema.parse(view)).toEqual(view);
  });

  it('leaves records without a location alone', () => {
    const line = ResourceSchema.parse({
      kind: 'hotline',
      id: 'h',
      slug: 'h',
      name: 'Line',
      circles: ['crisis'],
      serves: 'both',
      channels: [{ type: 'call', number: '988' }],
      isCrisisLine: true,
      provenance: { source: 'curator' },
    });
    expect(publicView(line)).toEqual(line);
    expect(publicLocation({ city: 'Reno', precision: 'confidential' })).toEqual({
      city: 'Reno',
      precision: 'confidential',
    });
  });
});
