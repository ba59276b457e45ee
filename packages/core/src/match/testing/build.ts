/**
 * Test helpers only: builds schema-valid placeholder resources ("Group 17") for unit and
 * property tests. Real organizations never appear here; persona tests use real records.
 */
import { type Resource, type ResourceInput, ResourceSchema } from '../../model/resource.js';

type Kind = ResourceInput['kind'];
type Overrides = Record<string, unknown>;

const base = {
  serves: 'person-in-recovery',
  provenance: { source: 'curator' },
} as const;

function build(kind: Kind, id: string, defaults: Overrides, overrides: Overrides): Resource {
  return ResourceSchema.parse({
    ...base,
    kind,
    id,
    slug: id,
    name: `Group ${id}`,
    ...defaults,
    ...overrides,
  });
}

/** A weekly meeting of placeholder group `id` in the peers circle. */
export function testMeeting(id: string, overrides: Overrides = {}): Resource {
  return build(
    'meeting',
    id,
    {
      circles: ['peers'],
      concerns: ['alcohol'],
      approaches: ['twelve-step'],
      attendance: ['in-person'],
      meetingAccess: 'open',
      location: { city: 'Testville', coordinates: { lat: 39.95, lng: -75.17 } },
      schedule: {
        type: 'weekly',
        slots: [{ day: 2, start: '19:00', end: '20:00' }],
        timeZone: 'America/New_York',
      },
    },
    overrides,
  );
}

/** A placeholder treatment facility `id` in the professionals circle. */
export function testProvider(id: string, overrides: Overrides = {}): Resource {
  return build(
    'provider',
    id,
    {
      circles: ['professionals'],
      concerns: ['opioids'],
      attendance: ['in-person'],
      providerType: 'facility',
      location: { city: 'Testville', coordinates: { lat: 39.95, lng: -75.17 } },
      schedule: { type: 'by-appointment' },
    },
    overrides,
  );
}

/** A placeholder program `id` reached online, with no location. */
export function testOnlineService(id: string, overrides: Overrides = {}): Resource {
  return build(
    'service',
    id,
    { circles: ['peers'], concerns: ['alcohol'], attendance: ['online'] },
    overrides,
  );
}
