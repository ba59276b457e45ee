import type { LatLng } from '../geo/lat-lng.js';
import { KM_PER_MILE } from '../geo/lat-lng.js';
import type { WidenedReasonCode } from '../model/match-codes.js';
import type {
  CircleSection,
  MatchItem,
  MatchNotice,
  MatchResult,
  SectionCircle,
  Widened,
} from '../model/match-result.js';
import { type NeedsProfileInput, NeedsProfileSchema } from '../model/needs-profile.js';
import { publicView } from '../model/public-view.js';
import type { Resource } from '../model/resource.js';
import { createIndex, type ResourceIndex } from '../search/create-index.js';
import type { IndexedResource } from '../search/indexed-resource.js';
import { CIRCLE_BITS } from '../search/masks.js';
import { createZoneClock, type ZoneClock } from '../search/week-clock.js';
import { crisisLineById, crisisSection } from './crisis-section.js';
import { notice } from './explain.js';
import { brokenHardRule } from './hard-rules.js';
import { type ProfileFacts, profileFacts } from './profile-facts.js';
import { type SoftWeights, softWeights, staticScore, timeScore, type Why } from './soft-scores.js';

/** Options of {@link match}. */
export interface MatchOptions {
  /** The instant matching is done at; required, so the same call always gives the same result. */
  now: Date;
  /** How many resources each circle shows; 3 by default. */
  perCircleLimit?: number;
  /** The UI language ('en' or 'es'); a Spanish reader who named no language is taken to prefer Spanish. */
  locale?: string;
  /**
   * Where the visitor is. `profile.where` given as coordinates is used when this is absent;
   * a ZIP or place must be resolved by the caller (see the `geo-us` entry).
   */
  origin?: LatLng;
  /** Embed each resource (public view) and each crisis line in the result. */
  embed?: boolean;
}

/** What {@link match} searches: an index, or a list of resources (indexed on each call). */
export type MatchSource = ResourceIndex | readonly Resource[];

/** Radius to widen to when nothing is within the visitor's: three times theirs, at most 100 miles. */
const WIDEN_FACTOR = 3;
const WIDEN_MAX_KM = 100 * KM_PER_MILE;

const SECTION_BITS: readonly [SectionCircle, number, number][] = [
  ['family', CIRCLE_BITS.bit.family, 0],
  ['peers', CIRCLE_BITS.bit.peers, 1],
  ['professionals', CIRCLE_BITS.bit.professionals, 2],
];

/** What may be suggested in one circle, as parallel lists (no object per candidate). */
interface SectionPool {
  entries: IndexedResource[];
  /** Distance in km, NaN for what is joined from anywhere. */
  distances: number[];
  totals: number[];
}

interface Pools {
  sections: Record<SectionCircle, SectionPool>;
  /** Candidates found within the radius, per section. */
  local: Record<SectionCircle, number>;
  closedLeftOut: number;
}

/**
 * Per-call tables: remote resources sharing a `scoreKey` share their hard-rule verdict and
 * clock-free score, and those sharing a `scheduleKey` their time score, so thousands of
 * online meetings cost one scoring per distinct key.
 */
interface Memo {
  /** 0 unknown, 1 allowed, 2 broken, 3 broken by the closed-meeting rule. */
  verdict: Uint8Array;
  /** Clock-free score per score key and circle (3 per key); NaN until computed. */
  staticScores: Float64Array;
  /** Time score per schedule key for remote resources; NaN until computed. */
  timeScores: Float64Array;
}

interface Context {
  f: ProfileFacts;
  w: SoftWeights;
  clock: ZoneClock;
  index: ResourceIndex;
  memo: Memo;
}

function isIndex(source: MatchSource): source is ResourceIndex {
  return 'remoteEntries' in source;
}

function emptyPool(): SectionPool {
  return { entries: [], distances: [], totals: [] };
}

function createMemo(index: ResourceIndex): Memo {
  const counts = index.keyCounts();
  return {
    verdict: new Uint8Array(counts.score),
    staticScores: new Float64Array(counts.score * 3).fill(Number.NaN),
    timeScores: new Float64Array(counts.schedule).fill(Number.NaN),
  };
}

/** 1 when allowed, 2 when a hard rule is broken, 3 when it is the closed-meeting rule. */
function verdictOf(entry: IndexedResource, ctx: Context): number {
  const key = entry.scoreKey;
  const known = key >= 0 ? (ctx.memo.verdict[key] ?? 0) : 0;
  if (known !== 0) return known;
  const broken = brokenHardRule(entry, ctx.f);
  const verdict = broken === undefined ? 1 : broken === 'no-closed-meetings-for-family' ? 3 : 2;
  if (key >= 0) ctx.memo.verdict[key] = verdict;
  return verdict;
}

function remoteTotal(entry: IndexedResource, circle: SectionCircle, slot: number, ctx: Context): number {
  const { f, w, clock, memo } = ctx;
  const sKey = entry.scoreKey * 3 + slot;
  let s = entry.scoreKey >= 0 ? (memo.staticScores[sKey] ?? Number.NaN) : Number.NaN;
  if (Number.isNaN(s)) {
    s = staticScore(entry, undefined, circle, f, w, clock.nowMs);
    if (entry.scoreKey >= 0) memo.staticScores[sKey] = s;
  }
  let t = entry.scheduleKey >= 0 ? (memo.timeScores[entry.scheduleKey] ?? Number.NaN) : Number.NaN;
  if (Number.isNaN(t)) {
    t = timeScore(entry, undefined, f, w, clock);
    if (entry.scheduleKey >= 0) memo.timeScores[entry.scheduleKey] = t;
  }
  return s + t;
}

/**
 * Gathers what may be suggested, fully scored: resources with a place within `radiusKm`
 * (when `local`) and resources joined from anywhere (when `remote`), kept only when no hard
 * rule is broken.
 */
function collect(
  ctx: Context,
  radiusKm: number,
  local: boolean,
  remote: boolean,
  only?: SectionCircle,
): Pools {
  const { f, w, clock, index } = ctx;
  const pools: Pools = {
    sections: { family: emptyPool(), peers: emptyPool(), professionals: emptyPool() },
    local: { family: 0, peers: 0, professionals: 0 },
    closedLeftOut: 0,
  };
  const nearby = new Set<IndexedResource>();
  if (local && f.origin !== undefined) {
    for (const hit of index.near(f.origin, radiusKm)) {
      const entry = hit.entry;
      if (!entry.inPerson) continue;
      nearby.add(entry);
      const verdict = verdictOf(entry, ctx);
      if (verdict !== 1) {
        if (verdict === 3) pools.closedLeftOut++;
        continue;
      }
      for (const [circle, bit] of SECTION_BITS) {
        if ((entry.circles & bit) === 0 || (only !== undefined && circle !== only)) continue;
        const pool = pools.sections[circle];
        pool.entries.push(entry);
        pool.distances.push(hit.distanceKm);
        pool.totals.push(
          staticScore(entry, hit.distanceKm, circle, f, w, clock.nowMs) +
            timeScore(entry, hit.distanceKm, f, w, clock),
        );
        pools.local[circle]++;
      }
    }
  }
  if (remote) {
    for (const entry of index.remoteEntries()) {
      // A hybrid meeting nearby is already in, with its distance.
      if (entry.inPerson && nearby.size > 0 && nearby.has(entry)) continue;
      const verdict = verdictOf(entry, ctx);
      if (verdict !== 1) {
        if (verdict === 3) pools.closedLeftOut++;
        continue;
      }
      for (const [circle, bit, slot] of SECTION_BITS) {
        if ((entry.circles & bit) === 0 || (only !== undefined && circle !== only)) continue;
        const pool = pools.sections[circle];
        pool.entries.push(entry);
        pool.distances.push(Number.NaN);
        pool.totals.push(remoteTotal(entry, circle, slot, ctx));
      }
    }
  }
  return pools;
}

/** Whether candidate `i` ranks before candidate `j`: higher score, then id. */
function before(pool: SectionPool, i: number, j: number): boolean {
  const ti = pool.totals[i] ?? 0;
  const tj = pool.totals[j] ?? 0;
  if (ti !== tj) return ti > tj;
  return (pool.entries[i]?.id ?? '') < (pool.entries[j]?.id ?? '');
}

/** Inserts candidate `i` into `top` (kept best first, at most `limit` long). */
function offer(pool: SectionPool, top: number[], i: number, limit: number): void {
  if (top.length === limit) {
    const last = top[limit - 1];
    if (last === undefined || !before(pool, i, last)) return;
    top.pop();
  }
  let at = top.length;
  while (at > 0 && before(pool, i, top[at - 1] ?? 0)) at--;
  top.splice(at, 0, i);
}

/**
 * The best `limit` candidates, at most one per group unless there are too few groups: the
 * best candidate of each group first, then the best of those.
 */
function pick(pool: SectionPool, limit: number, skip: ReadonlySet<string>): number[] {
  const n = pool.entries.length;
  if (n === 0 || limit <= 0) return [];
  // Interned group ids make this map cheap; a resource indexed alone falls back to its key.
  const bestOfGroup = new Map<number | string, number>();
  for (let i = 0; i < n; i++) {
    const entry = pool.entries[i];
    if (entry === undefined || (skip.size > 0 && skip.has(entry.id))) continue;
    const group = entry.groupId >= 0 ? entry.groupId : entry.groupKey;
    const known = bestOfGroup.get(group);
    if (known === undefined || before(pool, i, known)) bestOfGroup.set(group, i);
  }
  const top: number[] = [];
  for (const i of bestOfGroup.values()) offer(pool, top, i, limit);
  if (top.length < limit) {
    // Too few different groups: fill with more listings of the same ones rather than nothing.
    const chosen = new Set(top);
    const more: number[] = [];
    for (let i = 0; i < n; i++) {
      const entry = pool.entries[i];
      if (entry === undefined || chosen.has(i) || (skip.size > 0 && skip.has(entry.id))) continue;
      offer(pool, more, i, limit - top.length);
    }
    for (const i of more) offer(pool, top, i, limit);
  }
  return top;
}

function explainItem(
  pool: SectionPool,
  i: number,
  circle: SectionCircle,
  ctx: Context,
  embed: boolean,
): MatchItem {
  const { f, w, clock } = ctx;
  const entry = pool.entries[i];
  if (entry === undefined) throw new RangeError('no such candidate');
  const raw = pool.distances[i] ?? Number.NaN;
  const distanceKm = Number.isNaN(raw) ? undefined : raw;
  const why: Why = { reasons: [], unmet: [] };
  timeScore(entry, distanceKm, f, w, clock, why);
  staticScore(entry, distanceKm, circle, f, w, clock.nowMs, why);
  const total = pool.totals[i] ?? 0;
  const score = Math.min(1, Math.max(0, Math.round((total / w.total) * 1000) / 1000));
  const item: MatchItem = {
    resourceId: entry.id,
    circle,
    score,
    reasons: why.reasons,
    unmet: why.unmet,
    forPersonYouCareAbout: f.family && circle !== 'family',
  };
  if (embed) item.resource = publicView(entry.resource);
  return item;
}

function isNational(e: IndexedResource): boolean {
  return e.points.length === 0 && e.kind !== 'meeting' && e.kind !== 'online-community';
}

/**
 * Matches a visitor's needs to a support network: every crisis line (ordered and explained
 * for them), then the best few resources of the family, peers and professionals circles,
 * each with a 0–1 score, reasons, and the wishes it does not meet, in English and Spanish.
 * Pure and deterministic: the same profile, resources, and options give the same result.
 * Hard rules (`hard-rules.ts`) decide what may be shown; soft scores (`soft-scores.ts`)
 * rank it. When nothing is near, sections widen to online and national options, and say so.
 * The keys of `circles` are in the order to show them: the family circle first for a family member.
 */
export function match(profile: NeedsProfileInput, source: MatchSource, options: MatchOptions): MatchResult {
  const parsed = NeedsProfileSchema.parse(profile);
  const index = isIndex(source) ? source : createIndex(source);
  const where = parsed.where;
  const fromWhere = where !== undefined && 'lat' in where ? { lat: where.lat, lng: where.lng } : undefined;
  const origin = options.origin ?? fromWhere;
  const f = profileFacts(parsed, origin, options.locale ?? 'en');
  const ctx: Context = {
    f,
    w: softWeights(f),
    clock: createZoneClock(options.now),
    index,
    memo: createMemo(index),
  };
  const limit = Math.max(0, Math.floor(options.perCircleLimit ?? 3));
  const embed = options.embed ?? false;

  const useLocal = origin !== undefined && f.acceptsInPerson;
  const useRemote = f.acceptsRemote || origin === undefined;
  const pools = collect(ctx, f.radiusKm, useLocal, useRemote);

  const order: SectionCircle[] = f.family
    ? ['family', 'peers', 'professionals']
    : ['peers', 'professionals', 'family'];
  const used = new Set<string>();
  const sections = {} as Record<SectionCircle, CircleSection>;
  const widenedReasons = new Set<WidenedReasonCode>();
  let widenedRadius: Widened['radius'];

  for (const circle of order) {
    let pool = pools.sections[circle];
    let chosen = pick(pool, limit, used);
    let widenedReason: WidenedReasonCode | undefined;
    if (chosen.length === 0 && useLocal && limit > 0) {
      const widerKm = Math.min(f.radiusKm * WIDEN_FACTOR, Math.max(WIDEN_MAX_KM, f.radiusKm));
      if (widerKm > f.radiusKm) {
        pool = collect(ctx, widerKm, true, false, circle).sections[circle];
        chosen = pick(pool, limit, used);
        if (chosen.length > 0) {
          widenedReason = 'radius-expanded';
          const unit = parsed.radiusUnit;
          const to = Math.round((unit === 'km' ? widerKm : widerKm / KM_PER_MILE) * 10) / 10;
          widenedRadius = { from: parsed.radius, to, unit };
        }
      }
    }
    if (chosen.length === 0 && !useRemote && limit > 0) {
      pool = collect(ctx, f.radiusKm, false, true, circle).sections[circle];
      chosen = pick(pool, limit, used);
      if (chosen.length > 0) widenedReason = 'online-added';
    }
    const chosenEntries = chosen.flatMap((i) => pool.entries[i] ?? []);
    if (widenedReason === undefined && chosen.length > 0 && useLocal && pools.local[circle] === 0) {
      widenedReason = chosenEntries.every(isNational) ? 'national-added' : 'online-added';
    }
    for (const entry of chosenEntries) used.add(entry.id);
    const items = chosen.map((i) => explainItem(pool, i, circle, ctx, embed));
    const total = Math.max(pool.entries.length, items.length);
    const section: CircleSection = { items, total, hasMore: total > items.length };
    if (widenedReason !== undefined) {
      section.widenedReason = widenedReason;
      widenedReasons.add(widenedReason);
    }
    sections[circle] = section;
  }

  const notices: MatchNotice[] = [];
  if (parsed.urgency === 'crisis') notices.push(notice('crisis-first'), notice('emergency-call-911'));
  if (origin === undefined && !f.onlineOnly) {
    const unresolved = where !== undefined && !('lat' in where);
    notices.push(notice(unresolved ? 'location-not-found' : 'no-location-given'));
    widenedReasons.add('no-location-given');
  }
  // "Nothing near" is said only when no circle found anything within the radius.
  const nothingNear = useLocal && order.every((circle) => pools.local[circle] === 0);
  if (nothingNear) notices.push(notice('few-results', { radius: parsed.radius, unit: parsed.radiusUnit }));
  if (pools.closedLeftOut > 0) notices.push(notice('closed-meetings-left-out'));
  const zone = parsed.timeZone;
  if (
    zone !== undefined &&
    order.some((circle) =>
      sections[circle].items.some((item) => {
        const e = index.entry(item.resourceId);
        const remoteTimes = !item.reasons.some((r) => r.code === 'in-person' || r.code === 'hybrid');
        return e !== undefined && e.schedule.type === 'ranges' && e.schedule.zone !== zone && remoteTimes;
      }),
    )
  ) {
    notices.push(notice('times-in-your-zone', { timeZone: zone }));
  }
  for (const circle of order) {
    if (sections[circle].items.length === 0 && limit > 0)
      notices.push(notice('no-results-in-circle', { circle }));
  }

  const crisis = crisisSection(f, (id) => index.has(id));
  if (embed) {
    for (const line of crisis) {
      const full = crisisLineById(line.lineId);
      if (full !== undefined) line.line = full;
    }
  }
  const circles = Object.fromEntries(
    order.map((circle) => [circle, sections[circle]]),
  ) as MatchResult['circles'];
  const result: MatchResult = {
    generatedAt: options.now.toISOString(),
    crisis,
    circles,
    notices,
  };
  if (widenedReasons.size > 0) {
    result.widened = {
      reasons: [...widenedReasons],
      ...(widenedRadius !== undefined ? { radius: widenedRadius } : {}),
    };
  }
  return result;
}
