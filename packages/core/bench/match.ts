/**
 * Benchmark of the matching engine and the search index on 100,000 resources generated from
 * real distributions: the real meetings of the Meeting Guide feeds re-spread over real ZIP
 * centroids (Census 2021 ZCTA internal points), plus the SAMHSA treatment facilities, with a
 * seeded RNG, and read back from JSON as a server reads them from its database. Reports index
 * build time, median and p99 latency of `match` and `search` over 1,000 varied queries, and
 * the same queries by a naive full scan (the same precomputed records, every one filtered,
 * scored and sorted) with the ratio and how often both agree.
 *
 * Run from packages/core: pnpm exec tsx --conditions=@recovery-circles/source bench/match.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFixture } from '@recovery-circles/fixtures';
import { STARTER_DIRECTORY } from '../src/directory/starter-directory.js';
import { distanceKm, KM_PER_MILE, type LatLng } from '../src/geo/lat-lng.js';
import { brokenHardRule } from '../src/match/hard-rules.js';
import { match } from '../src/match/match.js';
import { profileFacts } from '../src/match/profile-facts.js';
import { softWeights, staticScore, timeScore } from '../src/match/soft-scores.js';
import { FEEDS, feedResources, otpProviders, samhsaFacilities } from '../src/match/testing/real-records.js';
import type { MatchResult, SectionCircle } from '../src/model/match-result.js';
import { type NeedsProfileInput, NeedsProfileSchema } from '../src/model/needs-profile.js';
import type { Resource } from '../src/model/resource.js';
import { createIndex } from '../src/search/create-index.js';
import { type IndexedResource, wordsOf } from '../src/search/indexed-resource.js';
import { CIRCLE_BITS, relatedConcernsMask } from '../src/search/masks.js';
import { search } from '../src/search/search.js';
import type { SearchQueryInput } from '../src/search/search-query.js';
import { tokenize } from '../src/search/text.js';
import {
  createZoneClock,
  soonestOccurrence,
  timeStatusOf,
  upcomingOccurrences,
} from '../src/search/week-clock.js';
import type { Concern } from '../src/vocab/concerns.js';

const TOTAL = 100_000;
const QUERIES = 1_000;
const WARMUP = 100;
const SEED = 20250318;

/** mulberry32: a small seeded RNG, so every run builds the same data and queries. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(SEED);
const pick = <T>(items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
};
const chance = (p: number) => random() < p;

interface Zip {
  zip: string;
  point: LatLng;
}

function loadZips(): Zip[] {
  const zips: Zip[] = [];
  for (const line of readFixture('geo', 'us-zcta-2021-internal-points.csv').split('\n').slice(1)) {
    const [zip, lat, lng] = line.split(',');
    if (zip && lat && lng) zips.push({ zip, point: { lat: Number(lat), lng: Number(lng) } });
  }
  return zips;
}

/** The zone of a US point, near enough for a benchmark: by region, then by longitude band. */
function zoneOf(p: LatLng): string {
  if (p.lng < -150 && p.lat < 25) return 'Pacific/Honolulu';
  if (p.lat > 51 && p.lng < -129) return 'America/Anchorage';
  if (p.lng > -68 && p.lat < 19) return 'America/Puerto_Rico';
  if (p.lng > -86.5) return 'America/New_York';
  if (p.lng > -101) return 'America/Chicago';
  if (p.lng > -114.5) return 'America/Denver';
  return 'America/Los_Angeles';
}

function respread(template: Resource, n: number, zip: Zip): Resource {
  const id = `${template.id.slice(0, 100)}-b${n}`;
  // About 1 km of jitter so the resources of one ZIP do not sit on one point.
  const point = {
    lat: zip.point.lat + (random() - 0.5) * 0.02,
    lng: zip.point.lng + (random() - 0.5) * 0.02,
  };
  const zone = zoneOf(zip.point);
  const copy = { ...template, id, slug: id } as Resource;
  if (template.location?.coordinates !== undefined) {
    copy.location = { ...template.location, coordinates: point, postalCode: zip.zip };
    if (template.schedule?.type === 'weekly') copy.schedule = { ...template.schedule, timeZone: zone };
  }
  return copy;
}

function generate(zips: readonly Zip[]): { resources: Resource[]; templates: number } {
  const templates = [
    ...Object.values(FEEDS).flatMap(feedResources),
    ...otpProviders(),
    ...samhsaFacilities(),
  ];
  // Records as a server has them, read from its database or a file: each its own objects (a
  // copy shares no lists with its template) and its strings whole (not the pieces a template
  // string is made of, which the engine joins on first use).
  const asRead = (resource: Resource): Resource => JSON.parse(JSON.stringify(resource)) as Resource;
  const resources: Resource[] = STARTER_DIRECTORY.map(asRead);
  for (let n = 0; resources.length < TOTAL; n++)
    resources.push(asRead(respread(pick(templates), n, pick(zips))));
  return { resources, templates: templates.length };
}

const CONCERN_MIX: readonly Concern[] = [
  'alcohol',
  'alcohol',
  'alcohol',
  'alcohol',
  'opioids',
  'opioids',
  'general-substance-use',
  'stimulants',
  'depression',
  'bipolar',
  'gambling',
  'eating-disorders',
  'grief-after-overdose',
];

function profileFor(origin: LatLng): NeedsProfileInput {
  const family = chance(0.3);
  const profile: NeedsProfileInput = {
    forWhom: family ? 'someone-i-care-about' : 'me',
    concerns: [pick(CONCERN_MIX)],
    where: origin,
    radius: pick([5, 10, 10, 10, 25]),
    urgency: chance(0.05) ? 'crisis' : pick(['soon', 'exploring']),
  };
  if (family) profile.relationship = pick(['parent', 'partner', 'child', 'friend']);
  if (chance(0.15)) profile.languages = ['es'];
  if (chance(0.05)) profile.languageRequired = true;
  if (chance(0.2)) profile.attendance = [pick(['in-person', 'online'])];
  if (chance(0.05)) profile.onlineOnly = true;
  if (chance(0.1))
    profile.approaches = [pick(['secular', 'faith-based', 'twelve-step', 'medication-supportive'])];
  if (chance(0.15)) profile.cost = { insurance: [pick(['medicaid', 'medicare', 'private-insurance'])] };
  if (chance(0.05)) profile.cost = { uninsured: true };
  if (chance(0.1)) profile.audiences = [pick(['women', 'men', 'veterans', 'lgbtq', 'young-people'])];
  if (chance(0.2)) {
    profile.availability = [{ day: Math.floor(random() * 7), from: '17:00', to: '22:00' }];
    profile.timeZone = zoneOf(origin);
  }
  return profile;
}

const WORDS = [
  'women',
  'step',
  'big book',
  'hope',
  'serenity',
  'grupo',
  'recovery',
  'men',
  'noon',
  'treatment',
];

function searchFor(origin: LatLng): SearchQueryInput {
  const query: SearchQueryInput = { near: origin, radius: pick([5, 10, 25]) };
  if (chance(0.3)) query.q = pick(WORDS);
  if (chance(0.5)) query.concerns = [pick(CONCERN_MIX)];
  const timing = random();
  if (timing < 0.2) query.inProgress = true;
  else if (timing < 0.36) query.startingWithin = pick([30, 60, 120]);
  if (chance(0.2)) {
    query.day = Math.floor(random() * 7);
    query.timeFrom = '17:00';
    query.timeTo = '21:00';
  }
  if (chance(0.2)) query.attendance = [pick(['in-person', 'online'])];
  query.sort = pick(['relevance', 'distance', 'next']);
  return query;
}

// ---------- naive baselines: the same precomputed records, scanned in full ----------

const SECTIONS: readonly [SectionCircle, number][] = [
  ['family', CIRCLE_BITS.bit.family],
  ['peers', CIRCLE_BITS.bit.peers],
  ['professionals', CIRCLE_BITS.bit.professionals],
];

function naiveMatch(
  all: readonly IndexedResource[],
  profile: NeedsProfileInput,
  now: Date,
): Record<SectionCircle, string[]> {
  const parsed = NeedsProfileSchema.parse(profile);
  const where = parsed.where;
  const origin = where !== undefined && 'lat' in where ? { lat: where.lat, lng: where.lng } : undefined;
  const f = profileFacts(parsed, origin, 'en');
  const w = softWeights(f);
  const clock = createZoneClock(now);
  const useLocal = origin !== undefined && f.acceptsInPerson;
  const useRemote = f.acceptsRemote || origin === undefined;
  const lists: Record<SectionCircle, { e: IndexedResource; total: number }[]> = {
    family: [],
    peers: [],
    professionals: [],
  };
  for (const e of all) {
    let d: number | undefined;
    if (useLocal && origin !== undefined && e.inPerson && e.points.length > 0) {
      d = Math.min(...e.points.map((p) => distanceKm(origin, p)));
      if (d > f.radiusKm) d = undefined;
    }
    if (d === undefined && !(useRemote && e.remote)) continue;
    if (brokenHardRule(e, f) !== undefined) continue;
    for (const [circle, bit] of SECTIONS) {
      if ((e.circles & bit) === 0) continue;
      const total = staticScore(e, d, circle, f, w, clock.nowMs) + timeScore(e, d, f, w, clock);
      lists[circle].push({ e, total });
    }
  }
  const order: SectionCircle[] = f.family
    ? ['family', 'peers', 'professionals']
    : ['peers', 'professionals', 'family'];
  const used = new Set<string>();
  const out = { family: [] as string[], peers: [] as string[], professionals: [] as string[] };
  for (const circle of order) {
    const sorted = lists[circle]
      .filter((c) => !used.has(c.e.id))
      .sort((a, b) => b.total - a.total || (a.e.id < b.e.id ? -1 : 1));
    const groups = new Set<string>();
    const chosen: IndexedResource[] = [];
    for (const c of sorted) {
      if (chosen.length >= 3) break;
      if (groups.has(c.e.groupKey)) continue;
      groups.add(c.e.groupKey);
      chosen.push(c.e);
    }
    for (const c of sorted) {
      if (chosen.length >= 3) break;
      if (!chosen.includes(c.e)) chosen.push(c.e);
    }
    chosen.sort((a, b) => {
      const ta = sorted.find((s) => s.e === a)?.total ?? 0;
      const tb = sorted.find((s) => s.e === b)?.total ?? 0;
      return tb - ta || (a.id < b.id ? -1 : 1);
    });
    for (const e of chosen) used.add(e.id);
    out[circle] = chosen.map((e) => e.id);
  }
  return out;
}

function naiveSearch(all: readonly IndexedResource[], query: SearchQueryInput, now: Date): number {
  const clock = createZoneClock(now);
  const radiusKm = (query.radius ?? 10) * KM_PER_MILE;
  const concerns = query.concerns === undefined ? 0 : relatedConcernsMask(query.concerns);
  const words = query.q === undefined ? [] : tokenize(query.q);
  const hits: { e: IndexedResource; d: number; key: number }[] = [];
  for (const e of all) {
    if (e.status !== 'active' || e.points.length === 0 || query.near === undefined) continue;
    const near = query.near;
    const d = Math.min(...e.points.map((p) => distanceKm(near, p)));
    if (d > radiusKm) continue;
    if (concerns !== 0 && (e.concerns & concerns) === 0) continue;
    if (words.some((word) => !wordsOf(e).all.some((t) => t.startsWith(word)))) continue;
    const occurrences = upcomingOccurrences(e.schedule, e.resource.schedule, clock);
    const soonest = soonestOccurrence(occurrences);
    const status = timeStatusOf(e.schedule, soonest, clock.nowMs);
    if (query.inProgress === true && status !== 'in-progress') continue;
    hits.push({ e, d, key: soonest?.startMs ?? Number.POSITIVE_INFINITY });
  }
  hits.sort((a, b) => (query.sort === 'next' ? a.key - b.key : 0) || a.d - b.d || (a.e.id < b.e.id ? -1 : 1));
  return hits.length;
}

// ---------- measuring ----------

function stats(samples: number[]): { median: number; p99: number; mean: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    median: round(at(0.5)),
    p99: round(at(0.99)),
    mean: round(sorted.reduce((s, v) => s + v, 0) / sorted.length),
  };
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

/*
 * CPU time as well as wall time: on a shared machine other processes stretch wall time,
 * while the CPU time this process spent is what the code itself costs.
 */
function cpuTime<T>(run: () => T): [T, number, number] {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [value, wall, (used.user + used.system) / 1000];
}

function sameIds(result: MatchResult, naive: Record<SectionCircle, string[]>): boolean {
  return (['family', 'peers', 'professionals'] as const).every((circle) => {
    const section = result.circles[circle];
    // Widened sections looked beyond the radius; the naive scan does not.
    if (
      section.widenedReason === 'radius-expanded' ||
      (section.widenedReason === 'online-added' && naive[circle].length === 0)
    )
      return true;
    return section.items.map((i) => i.resourceId).join() === naive[circle].join();
  });
}

const zips = loadZips();
const [{ resources, templates }, generateMs] = time(() => generate(zips));
const [index, buildMs, buildCpuMs] = cpuTime(() => createIndex(resources));
// The classes of remote resources that matching reads are filed on first use (a server's
// first match): measured on their own, and with the build.
const [, classesMs, classesCpuMs] = cpuTime(() => index.keyCounts());
const precomputed = index.entries();
const heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);

// Visitors are where the resources are: a query starts at the ZIP of a random in-person resource.
const located = resources.filter((r) => r.location?.coordinates !== undefined);
const base = Date.parse('2025-03-18T12:00:00Z');
const queries = Array.from({ length: QUERIES + WARMUP }, () => {
  const anchor = pick(located).location?.coordinates ?? { lat: 39.95, lng: -75.17 };
  const origin = { lat: anchor.lat + (random() - 0.5) * 0.05, lng: anchor.lng + (random() - 0.5) * 0.05 };
  return {
    now: new Date(base + Math.floor(random() * 7 * 24 * 60) * 60_000),
    profile: profileFor(origin),
    search: searchFor(origin),
    origin,
  };
});

const matchMs: number[] = [];
const matchCpuMs: number[] = [];
const searchMs: number[] = [];
const naiveMatchMs: number[] = [];
const naiveSearchMs: number[] = [];
let agree = 0;
let searchAgree = 0;
queries.forEach((q, i) => {
  const [result, m, mc] = cpuTime(() => match(q.profile, index, { now: q.now }));
  const [found, s] = time(() => search(index, q.search, { now: q.now }));
  const [naive, nm] = time(() => naiveMatch(precomputed, q.profile, q.now));
  const [naiveTotal, ns] = time(() => naiveSearch(precomputed, q.search, q.now));
  if (i < WARMUP) return;
  matchMs.push(m);
  matchCpuMs.push(mc);
  searchMs.push(s);
  naiveMatchMs.push(nm);
  naiveSearchMs.push(ns);
  if (sameIds(result, naive)) agree++;
  // The naive search implements near, concerns, words and in-progress; compare on those queries.
  const comparable =
    q.search.startingWithin === undefined && q.search.day === undefined && q.search.attendance === undefined;
  if (!comparable || found.total === naiveTotal) searchAgree++;
});

const matchStats = stats(matchMs);
const matchCpuStats = stats(matchCpuMs);
const searchStats = stats(searchMs);
const naiveMatchStats = stats(naiveMatchMs);
const naiveSearchStats = stats(naiveSearchMs);
const targets = { matchMedianMs: 2, matchP99Ms: 10, buildMs: 1000 };
const report = {
  generatedAt: new Date().toISOString(),
  node: process.version,
  resources: index.size,
  realTemplates: templates,
  zipCentroids: zips.length,
  remoteResources: index.remoteEntries().length,
  queries: QUERIES,
  seed: SEED,
  generateMs: Math.round(generateMs),
  indexBuildMs: Math.round(buildMs),
  indexBuildCpuMs: Math.round(buildCpuMs),
  remoteClassesMs: Math.round(classesMs),
  remoteClassesCpuMs: Math.round(classesCpuMs),
  loadAverage: (await import('node:os')).loadavg().map((v) => Math.round(v * 100) / 100),
  heapUsedMb: heapMb,
  match: matchStats,
  matchCpu: matchCpuStats,
  search: searchStats,
  naiveMatch: naiveMatchStats,
  naiveSearch: naiveSearchStats,
  speedup: {
    matchMedian: Math.round((naiveMatchStats.median / matchStats.median) * 10) / 10,
    searchMedian: Math.round((naiveSearchStats.median / searchStats.median) * 10) / 10,
  },
  agreement: { match: agree / QUERIES, search: searchAgree / QUERIES },
  targets,
  targetsMet: {
    matchMedian: matchStats.median <= targets.matchMedianMs,
    matchP99: matchStats.p99 <= targets.matchP99Ms,
    indexBuild: buildMs <= targets.buildMs,
    indexBuildWithRemoteClasses: buildMs + classesMs <= targets.buildMs,
  },
  targetsMetInCpuTime: {
    matchMedian: matchCpuStats.median <= targets.matchMedianMs,
    matchP99: matchCpuStats.p99 <= targets.matchP99Ms,
    indexBuild: buildCpuMs <= targets.buildMs,
    indexBuildWithRemoteClasses: buildCpuMs + classesCpuMs <= targets.buildMs,
  },
};

const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'match.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);

console.log(
  `${report.resources.toLocaleString('en-US')} resources (${templates} real templates over ${zips.length.toLocaleString('en-US')} ZIPs; ${report.remoteResources.toLocaleString('en-US')} joinable remotely), index built in ${report.indexBuildMs} ms (${report.indexBuildCpuMs} ms CPU) + remote classes on first use ${report.remoteClassesMs} ms (${report.remoteClassesCpuMs} ms CPU), heap ${heapMb} MB, load average ${report.loadAverage.join(' ')}`,
);
console.table({
  'match (index)': { ...matchStats },
  'match (index, CPU time)': { ...matchCpuStats },
  'match (naive scan)': { ...naiveMatchStats },
  'search (index)': { ...searchStats },
  'search (naive scan)': { ...naiveSearchStats },
});
console.log(
  `speed-up (median): match ×${report.speedup.matchMedian}, search ×${report.speedup.searchMedian}; ` +
    `same results: match ${(report.agreement.match * 100).toFixed(1)}%, search ${(report.agreement.search * 100).toFixed(1)}%`,
);
console.log(
  `targets met (wall): ${JSON.stringify(report.targetsMet)}; (CPU): ${JSON.stringify(report.targetsMetInCpuTime)}  → ${out}`,
);
