import type { NeedsProfileInput } from '@recovery-circles/core';
import type { LoadRequest } from './load-worker.js';

/*
 * What people ask the finder, around the downtown ZIPs of large US cities (the generated
 * directory spreads meetings over every ZIP area, so each has local results): the filters the
 * web app offers, in the mixes a visitor picks them.
 */
const SEARCHES: readonly string[] = [
  'zip=19103&radius=10',
  'zip=10001&kind=meeting&radius=5&sort=distance',
  'zip=60614&concerns=alcohol&attendance=in-person&radius=10',
  'zip=90012&kind=meeting&day=2&time_from=18:00&time_to=21:00&radius=10',
  'zip=77002&kind=provider&concerns=opioids&radius=25&sort=distance',
  'zip=85004&cost=free&radius=15',
  'zip=98101&kind=meeting&in_progress=true&radius=20',
  'zip=30303&starting_within=120&radius=10&sort=next',
  'zip=02139&concerns=alcohol&radius=15&unit=km',
  'zip=80202&attendance=online&radius=10',
  'zip=92701&kind=meeting&day=6&radius=10&sort=distance',
  'zip=48201&concerns=opioids&cost=medicaid&radius=25',
  'zip=33130&kind=meeting&languages=es&radius=25',
  'zip=37203&radius=10&limit=50',
  'zip=97205&kind=meeting&day=0&time_from=07:00&time_to=12:00&radius=10',
  'zip=55401&circle=family&radius=25',
  'zip=63101&kind=provider&radius=50&sort=distance&limit=10',
  'near=39.95,-75.16&radius=5&kind=meeting',
  'place=Austin%2C%20TX&radius=10',
  'zip=94103&q=women&radius=10',
  'zip=20001&audiences=women&radius=15',
];

/** The search rotation: `GET /v1/resources` with the filters above. */
export function searchRequests(): LoadRequest[] {
  return SEARCHES.map((query) => ({ method: 'GET', path: `/v1/resources?${query}` }));
}

/** `count` ZIP codes spread evenly over `zips`. */
function spread(zips: readonly string[], count: number): string[] {
  if (zips.length === 0) throw new Error('no ZIP codes to spread the requests over');
  return Array.from({ length: count }, (_, i) => zips[Math.floor((i * zips.length) / count)] as string);
}

/**
 * The searches above with their ZIP taken in turn from `zips`: `count` different requests,
 * more than the server's answer cache keeps, so each answer is worked out.
 */
export function distinctSearchRequests(zips: readonly string[], count: number): LoadRequest[] {
  const templates = SEARCHES.filter((query) => query.startsWith('zip='));
  return spread(zips, count).map((zip, i) => ({
    method: 'GET',
    path: `/v1/resources?${(templates[i % templates.length] as string).replace(/^zip=\d{5}/, `zip=${zip}`)}`,
  }));
}

const PROFILES: readonly NeedsProfileInput[] = [
  { forWhom: 'someone-i-care-about', relationship: 'parent', concerns: ['opioids'], where: { zip: '19103' } },
  {
    forWhom: 'me',
    concerns: ['alcohol'],
    where: { zip: '10001' },
    attendance: ['in-person'],
    availability: [
      { day: 2, from: '18:00', to: '21:00' },
      { day: 4, from: '18:00', to: '21:00' },
    ],
  },
  {
    forWhom: 'someone-i-care-about',
    relationship: 'partner',
    concerns: ['alcohol'],
    where: { zip: '60614' },
    cost: { mustBeFree: true },
  },
  {
    forWhom: 'me',
    concerns: ['opioids'],
    where: { zip: '77002' },
    urgency: 'soon',
    cost: { insurance: ['medicaid'] },
    radius: 25,
  },
  { forWhom: 'me', concerns: ['stimulants'], where: { lat: 39.74, lng: -104.99 }, radius: 25 },
  {
    forWhom: 'someone-i-care-about',
    relationship: 'sibling',
    concerns: ['general-substance-use'],
    where: { zip: '98101' },
    languages: ['es'],
  },
  { forWhom: 'me', concerns: ['eating-disorders'], where: { zip: '90012' }, attendance: ['online'] },
  {
    forWhom: 'someone-i-care-about',
    relationship: 'friend',
    concerns: ['alcohol'],
    where: { place: 'Denver, CO' },
  },
  {
    forWhom: 'me',
    concerns: ['alcohol'],
    where: { zip: '30303' },
    audiences: ['women'],
    availability: [{ day: 6, from: '09:00', to: '13:00' }],
  },
  {
    forWhom: 'someone-i-care-about',
    relationship: 'child',
    concerns: ['opioids'],
    where: { zip: '48201' },
    urgency: 'crisis',
  },
  { forWhom: 'me', concerns: ['gambling'], where: { zip: '85004' }, radius: 50 },
  {
    forWhom: 'me',
    concerns: ['co-occurring'],
    where: { zip: '33130' },
    languages: ['es'],
    languageRequired: true,
  },
];

function matchRequest(profile: NeedsProfileInput): LoadRequest {
  return {
    method: 'POST',
    path: '/v1/match',
    body: JSON.stringify(profile),
    headers: { 'content-type': 'application/json' },
  };
}

/** The match rotation: `POST /v1/match` with the profiles above. */
export function matchRequests(): LoadRequest[] {
  return PROFILES.map(matchRequest);
}

/**
 * The profiles above, each placed at a ZIP taken in turn from `zips`: `count` different
 * requests, more than the server's answer cache keeps, so each network is worked out.
 */
export function distinctMatchRequests(zips: readonly string[], count: number): LoadRequest[] {
  return spread(zips, count).map((zip, i) =>
    matchRequest({ ...(PROFILES[i % PROFILES.length] as NeedsProfileInput), where: { zip } }),
  );
}
