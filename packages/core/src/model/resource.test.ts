import { readFixture } from '@recovery-circles/fixtures';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ResourceKind } from '../vocab/resource-kinds.js';
import { isResourceOfKind, type Resource, type ResourceInput, ResourceSchema } from './resource.js';

interface FeedMeeting {
  id: number;
  name: string;
  slug: string;
  day: number;
  time: string;
  end_time: string;
  types: string[];
  location: string;
  formatted_address: string;
  latitude: number;
  longitude: number;
  url: string;
  updated: string;
}

/** A real in-person meeting of the Orange County (CA) AA feed, written as a resource by hand. */
function realMeeting(): ResourceInput {
  const feed = JSON.parse(readFixture('meeting-guide', 'feeds', 'oc.json')) as FeedMeeting[];
  const record = feed.find((m) => m.slug === '40-minutes-to-freedom');
  if (!record) throw new Error('fixture meeting missing');
  const [street, city, regionZip] = record.formatted_address.split(', ');
  const [region, postalCode] = (regionZip ?? '').split(' ');
  if (!street || !city || !region || !postalCode) throw new Error('unexpected address shape');
  return {
    kind: 'meeting',
    id: `oc-aa-${record.id}`,
    slug: record.slug,
    name: record.name,
    circles: ['peers'],
    serves: 'person-in-recovery',
    fellowship: 'AA',
    concerns: ['alcohol'],
    approaches: ['twelve-step'],
    audiences: record.types.includes('M') ? ['men'] : [],
    languages: record.types.includes('EN') ? ['en'] : [],
    attendance: ['in-person'],
    location: {
      name: record.location,
      street,
      city,
      region,
      postalCode,
      country: 'US',
      coordinates: { lat: record.latitude, lng: record.longitude },
    },
    schedule: {
      type: 'weekly',
      slots: [{ day: record.day, start: record.time, end: record.end_time }],
      timeZone: 'America/Los_Angeles',
    },
    contact: [{ type: 'website', url: record.url }],
    provenance: {
      source: 'Orange County AA (Meeting Guide feed)',
      sourceUrl: record.url,
      externalId: String(record.id),
      importBatchId: 'batch-1',
      importedAt: '2024-01-01T00:00:00Z',
    },
    meetingAccess: record.types.includes('C') ? 'closed' : record.types.includes('O') ? 'open' : 'unknown',
    typeCodes: record.types,
  };
}

const base = {
  circles: ['professionals'],
  serves: 'both',
  provenance: { source: 'curator' },
} satisfies Partial<ResourceInput>;

const examples: ResourceInput[] = [
  realMeeting(),
  {
    ...base,
    kind: 'service',
    id: 'county-recovery-center',
    slug: 'county-recovery-center',
    name: 'Recovery center',
    organizationId: 'county',
    organizationName: 'County',
    locations: [
      { id: 'north', city: 'Costa Mesa', region: 'CA', precision: 'approximate' },
      { id: 'south', city: 'Irvine', region: 'CA', precision: 'confidential' },
    ],
  },
  {
    ...base,
    kind: 'provider',
    id: 'clinic',
    slug: 'clinic',
    name: 'Clinic',
    providerType: 'facility',
    levelsOfCare: ['outpatient', 'opioid-treatment-program'],
    medications: ['methadone', 'buprenorphine'],
    cost: ['medicaid', 'sliding-scale'],
    schedule: { type: 'by-appointment' },
  },
  {
    ...base,
    kind: 'hotline',
    id: 'line',
    slug: 'line',
    name: 'Line',
    circles: ['crisis'],
    channels: [{ type: 'call', number: '988' }],
    isCrisisLine: true,
    schedule: { type: 'always' },
  },
  {
    ...base,
    kind: 'online-community',
    id: 'forum',
    slug: 'forum',
    name: 'Forum',
    circles: ['peers'],
    url: 'https://example.org/forum',
  },
];

function withChange(input: ResourceInput, change: Record<string, unknown>): unknown {
  return { ...input, ...change };
}

describe('ResourceSchema', () => {
  it.each(examples.map((e) => [e.kind, e] as const))(
    'parses a %s and round-trips through JSON',
    (_kind, input) => {
      const parsed = ResourceSchema.parse(input);
      expect(ResourceSchema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
    },
  );

  it('keeps a real meeting feed record whole', () => {
    const meeting = ResourceSchema.parse(realMeeting());
    if (meeting.kind !== 'meeting') throw new Error('expected a meeting');
    expect(meeting.meetingAccess).toBe('closed');
    expect(meeting.location).toMatchObject({
      street: '3186 Pullman St',
      city: 'Costa Mesa',
      region: 'CA',
      postalCode: '92626',
      precision: 'exact',
    });
    expect(meeting.typeCodes).toEqual(['C', 'DR', 'D', 'EN', 'M']);
    expect(meeting.audiences).toEqual(['men']);
  });

  it('fills defaults so a record can be built from the few facts known', () => {
    const parsed = ResourceSchema.parse({
      kind: 'online-community',
      id: 'forum',
      slug: 'forum',
      name: 'Forum',
      circles: ['peers'],
      serves: 'both',
      url: 'https://example.org',
      provenance: { source: 'curator' },
    });
    expect(parsed).toMatchObject({
      status: 'active',
      verification: { verifiedAt: null },
      concerns: [],
      languages: [],
      attendance: [],
      cost: [],
      contact: [],
      tags: [],
    });
  });

  it.each([
    ['an unknown kind', { kind: 'podcast' }],
    ['a latitude beyond 90', { location: { coordinates: { lat: 91, lng: 0 } } }],
    ['a longitude beyond 180', { location: { coordinates: { lat: 0, lng: -181 } } }],
    ['a language that is not a BCP 47 tag', { languages: ['english'] }],
    ['an empty language tag', { languages: [''] }],
    ['no circle', { circles: [] }],
    ['an unknown concern', { concerns: ['heroin'] }],
    ['an id with spaces', { id: 'Has Space' }],
    ['a javascript: link', { contact: [{ type: 'website', url: 'javascript:alert(1)' }] }],
    ['a phone number with no digits', { contact: [{ type: 'phone', number: 'CALL-US' }] }],
    ['a schedule in an unknown zone', { schedule: { type: 'always', timeZone: 'Mars/Olympus' } }],
    ['online join with neither link nor dial-in', { online: { meetingId: '123' } }],
    ['a verified date that is not a date', { verification: { verifiedAt: 'yesterday' } }],
    ['a country that is not a code', { location: { country: 'USA' } }],
  ])('rejects %s', (_what, change) => {
    const [meeting] = examples;
    if (!meeting) throw new Error('no example');
    expect(ResourceSchema.safeParse(withChange(meeting, change)).success).toBe(false);
  });

  it('rejects kind-specific fields of the wrong type', () => {
    const provider = examples.find((e) => e.kind === 'provider');
    if (!provider) throw new Error('no provider');
    expect(ResourceSchema.safeParse(withChange(provider, { medications: ['aspirin'] })).success).toBe(false);
    expect(ResourceSchema.safeParse(withChange(provider, { providerType: 'clinic' })).success).toBe(false);
    const hotline = examples.find((e) => e.kind === 'hotline');
    if (!hotline) throw new Error('no hotline');
    expect(ResourceSchema.safeParse(withChange(hotline, { channels: [] })).success).toBe(false);
  });

  it('accepts loose but real language tags', () => {
    const [meeting] = examples;
    if (!meeting) throw new Error('no example');
    const tags = ['en', 'es-419', 'zh-Hant-TW', 'ase', 'pt-BR'];
    const parsed = ResourceSchema.parse(withChange(meeting, { languages: tags }));
    expect(parsed.languages).toEqual(tags);
  });

  it('narrows by kind', () => {
    const resources: Resource[] = examples.map((e) => ResourceSchema.parse(e));
    const providers = resources.filter((r) => isResourceOfKind(r, 'provider'));
    expect(providers.map((p) => p.levelsOfCare)).toEqual([['outpatient', 'opioid-treatment-program']]);
    expectTypeOf<Resource['kind']>().toEqualTypeOf<ResourceKind>();
  });
});
