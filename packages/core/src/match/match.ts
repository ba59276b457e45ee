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
import {
  createIndex,
  type RemoteBundle,
  type RemoteClass,
  type ResourceIndex,
} from '../search/create-index.js';
import type { IndexedResource } from '../search/indexed-resource.js';
import { CIRCLE_BITS } from '../search/masks.js';
import { createZoneClock, type PrecomputedSchedule, type ZoneClock } from '../search/week-clock.js';
import { crisisLineById, crisisSection } from './crisis-section.js';
import { notice } from './explain.js';
import { brokenHardRule } from './hard-rules.js';
import { type ProfileFacts, profileFacts } from './profile-facts.js';
import {
  remoteClassTimeBound,
  remoteTimeBound,
  type SoftWeights,
  softWeights,
  staticScore,
  timeScore,
  type Why,
} from './soft-scores.js';

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

/**
 * What may be suggested in one circle. A slot is one nearby resource with its distance, a
 * class of remote resources that score the same (see `ResourceIndex.remoteClasses`), so
 * thousands of similar online meetings are scored once, or a bundle of such classes that
 * share all but their times (see `ResourceIndex.remoteBundles`), opened into its classes
 * only if it could rank among the best.
 */
interface SectionPool {
  /** The bundle a slot stands for until it is opened; its members and heads are then empty. */
  bundles: (RemoteBundle | undefined)[];
  /** Per remote class, how many of its members are already in as nearby resources. */
  nearbyIn: ReadonlyMap<RemoteClass, number>;
  members: (readonly IndexedResource[])[];
  /** The first member of each group in a slot, in id order. */
  heads: (readonly IndexedResource[])[];
  /** Distance in km, NaN for what is joined from anywhere. */
  distances: number[];
  /** The clock-free part of each slot's score. */
  statics: number[];
  /**
   * The time part of each slot's score, NaN until read: it is worked out only for slots that
   * could still rank among the best (see {@link scoreRuns}), as it is the costly part.
   */
  times: number[];
  /** How many resources the slots hold. */
  count: number;
}

interface Pools {
  sections: Record<SectionCircle, SectionPool>;
  /** Candidates found within the radius, per section. */
  local: Record<SectionCircle, number>;
  closedLeftOut: number;
  /** Hybrid resources already counted with their distance, left out of the remote classes. */
  nearby: ReadonlySet<IndexedResource>;
}

/**
 * Per-call tables: resources sharing a `scoreKey` share their hard-rule verdict, and remote
 * ones their clock-free score; remote ones sharing a `scheduleKey` share their time score.
 */
interface Memo {
  /** 0 unknown, 1 allowed, 2 broken, 3 broken by the closed-meeting rule. */
  verdict: Uint8Array;
  /** Clock-free score per score key and circle (3 per key); NaN until computed. */
  staticScores: Float64Array;
  /** Time score per schedule key for remote resources; NaN until computed. */
  timeScores: Float64Array;
  /** Bound of the time score per schedule key (see `remoteClassTimeBound`); NaN until computed. */
  timeBounds: Float64Array;
}

interface Context {
  f: ProfileFacts;
  w: SoftWeights;
  clock: ZoneClock;
  index: ResourceIndex;
  memo: Memo;
  /** The most a time score can be for what is joined remotely (see `remoteTimeBound`). */
  remoteTimeBound: number;
}

function isIndex(source: MatchSource): source is ResourceIndex {
  return 'remoteClasses' in source;
}

function emptyPool(): SectionPool {
  return {
    bundles: [],
    nearbyIn: new Map(),
    members: [],
    heads: [],
    distances: [],
    statics: [],
    times: [],
    count: 0,
  };
}

function createMemo(index: ResourceIndex): Memo {
  const counts = index.keyCounts();
  return {
    verdict: new Uint8Array(counts.score),
    staticScores: new Float64Array(counts.score * 3).fill(Number.NaN),
    timeScores: new Float64Array(counts.schedule).fill(Number.NaN),
    timeBounds: new Float64Array(counts.schedule).fill(Number.NaN),
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

/** The clock-free score of a remote resource, shared by its score key. */
function remoteStatic(entry: IndexedResource, circle: SectionCircle, slot: number, ctx: Context): number {
  const { f, w, clock, memo } = ctx;
  const sKey = entry.scoreKey * 3 + slot;
  let s = entry.scoreKey >= 0 ? (memo.staticScores[sKey] ?? Number.NaN) : Number.NaN;
  if (Number.isNaN(s)) {
    s = staticScore(entry, undefined, circle, f, w, clock.nowMs);
    if (entry.scoreKey >= 0) memo.staticScores[sKey] = s;
  }
  return s;
}

/** The time score of a slot: shared by schedule key for remote classes, per resource nearby. */
function slotTime(pool: SectionPool, slot: number, ctx: Context): number {
  const known = pool.times[slot] ?? Number.NaN;
  if (!Number.isNaN(known)) return known;
  const { f, w, clock, memo } = ctx;
  const entry = pool.members[slot]?.[0];
  if (entry === undefined) return 0;
  const distance = pool.distances[slot] ?? Number.NaN;
  let t: number;
  if (!Number.isNaN(distance)) t = timeScore(entry, distance, f, w, clock);
  else {
    t = entry.scheduleKey >= 0 ? (memo.timeScores[entry.scheduleKey] ?? Number.NaN) : Number.NaN;
    if (Number.isNaN(t)) {
      t = timeScore(entry, undefined, f, w, clock);
      if (entry.scheduleKey >= 0) memo.timeScores[entry.scheduleKey] = t;
    }
  }
  pool.times[slot] = t;
  return t;
}

/** A slot's full score; its time part is worked out when first read. */
function slotTotal(pool: SectionPool, slot: number, ctx: Context): number {
  return (pool.statics[slot] ?? 0) + slotTime(pool, slot, ctx);
}

/** Adds a slot and returns its index. */
function addSlot(
  pool: SectionPool,
  members: readonly IndexedResource[],
  heads: readonly IndexedResource[],
  distance: number,
  staticPart: number,
  count: number,
  bundle?: RemoteBundle,
): number {
  pool.bundles.push(bundle);
  pool.members.push(members);
  pool.heads.push(heads);
  pool.distances.push(distance);
  pool.statics.push(staticPart);
  pool.times.push(Number.NaN);
  pool.count += count;
  return pool.statics.length - 1;
}

/**
 * Gathers what may be suggested, with the clock-free part of each score: resources with a place within `radiusKm`
 * (when `local`) and resources joined from anywhere (when `remote`), kept only when no hard
 * rule is broken.
 */
function collect(
  ctx: Context,
  radiusKm: number,
  local: boolean,
  remote: boolean,
  only?: ReadonlySet<SectionCircle>,
): Pools {
  const { f, w, clock, index } = ctx;
  const nearby = new Set<IndexedResource>();
  let circleMask = 0;
  for (const [circle, bit] of SECTION_BITS) if (only === undefined || only.has(circle)) circleMask |= bit;
  const pools: Pools = {
    sections: { family: emptyPool(), peers: emptyPool(), professionals: emptyPool() },
    local: { family: 0, peers: 0, professionals: 0 },
    closedLeftOut: 0,
    nearby,
  };
  if (local && f.origin !== undefined) {
    // Every candidate is scored and ranked with ties in id order, so no distance order is needed.
    for (const hit of index.near(f.origin, radiusKm, { sorted: false })) {
      const entry = hit.entry;
      if (!entry.inPerson || (entry.circles & circleMask) === 0) continue;
      const verdict = verdictOf(entry, ctx);
      if (verdict !== 1) {
        if (verdict === 3) pools.closedLeftOut++;
        continue;
      }
      if (entry.remote) nearby.add(entry);
      for (const [circle, bit] of SECTION_BITS) {
        if ((entry.circles & bit & circleMask) === 0) continue;
        const staticPart = staticScore(entry, hit.distanceKm, circle, f, w, clock.nowMs);
        const single = [entry];
        addSlot(pools.sections[circle], single, single, hit.distanceKm, staticPart, 1);
        pools.local[circle]++;
      }
    }
  }
  if (remote) {
    // Hybrid resources already in with their distance are left out of their remote classes,
    // and counted per score key: a bundle holds the classes of one score key.
    const nearbyIn = new Map<RemoteClass, number>();
    const nearbyPerScoreKey = new Map<number, number>();
    for (const entry of nearby) {
      const remoteClass = index.remoteClassOf(entry);
      if (remoteClass === undefined) continue;
      nearbyIn.set(remoteClass, (nearbyIn.get(remoteClass) ?? 0) + 1);
      nearbyPerScoreKey.set(entry.scoreKey, (nearbyPerScoreKey.get(entry.scoreKey) ?? 0) + 1);
    }
    for (const circle of Object.keys(pools.sections) as SectionCircle[]) {
      pools.sections[circle].nearbyIn = nearbyIn;
    }
    for (const bundle of index.remoteBundles()) {
      const first = bundle.classes[0]?.members[0];
      if (first === undefined || (first.circles & circleMask) === 0) continue;
      const verdict = verdictOf(first, ctx);
      if (verdict !== 1) {
        if (verdict === 3) pools.closedLeftOut += bundle.size;
        continue;
      }
      const count = bundle.size - (nearbyPerScoreKey.get(bundle.scoreKey) ?? 0);
      if (count === 0) continue;
      for (const [circle, bit, slot] of SECTION_BITS) {
        if ((first.circles & bit & circleMask) === 0) continue;
        const staticPart = remoteStatic(first, circle, slot, ctx);
        addSlot(pools.sections[circle], [], [], Number.NaN, staticPart, count, bundle);
      }
    }
  }
  return pools;
}

/**
 * A candidate in the best-first reader: one resource of a slot, or while `exact` is false a
 * promise of the slot's best (an upper bound of its score, the smallest id it could offer).
 */
interface Candidate {
  slot: number;
  /**
   * The slot's `heads` index this candidate stands for, or -1 for an `entry` set directly;
   * for a bundle slot, the index of its next class to open.
   */
  head: number;
  entry: IndexedResource | undefined;
  key: number;
  id: string;
  exact: boolean;
}

/** Whether candidate `a` comes before `b`: the higher score, then the smaller id. */
function before(a: Candidate, b: Candidate): boolean {
  return a.key > b.key || (a.key === b.key && a.id < b.id);
}

/**
 * Reads a pool's group heads best first: by score, then in id order among equal scores, so
 * ties always resolve the same way. A binary heap of candidates keyed by an upper bound until
 * they reach the top: a slot enters with its clock-free score plus the most a time score can
 * add (`w.time`, or less for remote slots: `remoteTimeBound`) and the smallest id it holds, and its time score is worked out only then, so
 * slots that cannot come next are never timed; a bundle slot is opened class by class the
 * same way. Each slot's heads come out one by one in id order.
 */
function headsBestFirst(pool: SectionPool, ctx: Context): (replace?: Candidate) => Candidate | undefined {
  const heap: Candidate[] = [];
  const swap = (a: number, b: number) => {
    const t = heap[a] as Candidate;
    heap[a] = heap[b] as Candidate;
    heap[b] = t;
  };
  const down = (from: number) => {
    for (let i = from; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < heap.length && before(heap[l] as Candidate, heap[best] as Candidate)) best = l;
      if (r < heap.length && before(heap[r] as Candidate, heap[best] as Candidate)) best = r;
      if (best === i) return;
      swap(i, best);
      i = best;
    }
  };
  const up = (from: number) => {
    for (let i = from; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i] as Candidate, heap[parent] as Candidate)) return;
      swap(i, parent);
      i = parent;
    }
  };
  const push = (candidate: Candidate) => {
    heap.push(candidate);
    up(heap.length - 1);
  };
  const pop = (): Candidate | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) {
      heap[0] = last;
      down(0);
    }
    return top;
  };
  const promise = (slot: number): Candidate => {
    const bundle = pool.bundles[slot];
    const id = bundle !== undefined ? bundle.firstId : (pool.heads[slot]?.[0]?.id ?? '');
    const remote = Number.isNaN(pool.distances[slot] ?? 0);
    const key = (pool.statics[slot] ?? 0) + (remote ? ctx.remoteTimeBound : ctx.w.time);
    return { slot, head: 0, entry: undefined, key, id, exact: false };
  };
  /**
   * A bundle's classes in the order they are opened, worked out when the bundle first
   * comes up: by the bound of their time score (highest first), then in id order. The
   * bundle then promises the next class's bound, so classes that cannot rank stay unscored.
   */
  const openingOrders = new Map<number, { classes: readonly RemoteClass[]; bounds: readonly number[] }>();
  const openingOrder = (slot: number, bundle: RemoteBundle) => {
    let order = openingOrders.get(slot);
    if (order === undefined) {
      const { classes, scheduleKeys, schedules } = bundle;
      const { timeScores, timeBounds } = ctx.memo;
      const bounds: number[] = new Array(classes.length);
      for (let i = 0; i < classes.length; i++) {
        // Read from the bundle's flat lists: going through each class's first member for
        // hundreds of classes per call was most of a call's time.
        const key = scheduleKeys[i] ?? -1;
        const known = key >= 0 ? (timeScores[key] ?? Number.NaN) : Number.NaN;
        if (!Number.isNaN(known)) {
          bounds[i] = known;
          continue;
        }
        // The bound depends on the schedule alone, which every class of a schedule key shares.
        let bound = key >= 0 ? (timeBounds[key] ?? Number.NaN) : Number.NaN;
        if (Number.isNaN(bound)) {
          const schedule = schedules[i] as PrecomputedSchedule;
          bound = remoteClassTimeBound(schedule, ctx.f, ctx.w, ctx.clock, ctx.remoteTimeBound);
          if (key >= 0) timeBounds[key] = bound;
        }
        bounds[i] = bound;
      }
      // Highest bound first, each run in id order (the sort is stable); often there is
      // nothing to sort, as when every class has the same bound.
      let sorted = true;
      for (let i = 1; i < bounds.length && sorted; i++)
        sorted = (bounds[i - 1] as number) >= (bounds[i] as number);
      if (sorted) order = { classes, bounds };
      else {
        const positions = Array.from(classes, (_, i) => i).sort(
          (a, b) => (bounds[b] as number) - (bounds[a] as number),
        );
        order = {
          classes: positions.map((i) => classes[i] as RemoteClass),
          bounds: positions.map((i) => bounds[i] as number),
        };
      }
      openingOrders.set(slot, order);
    }
    return order;
  };
  for (let slot = 0; slot < pool.statics.length; slot++) heap.push(promise(slot));
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);

  return (replace) => {
    if (replace !== undefined) push(replace);
    for (;;) {
      const top = heap[0];
      if (top === undefined) return undefined;
      if (top.exact) {
        pop();
        const heads = pool.heads[top.slot] ?? [];
        if (top.head >= 0 && top.head + 1 < heads.length) {
          const next = heads[top.head + 1] as IndexedResource;
          push({ ...top, head: top.head + 1, entry: next, id: next.id });
        }
        return top;
      }
      const bundle = pool.bundles[top.slot];
      if (bundle !== undefined) {
        const staticPart = pool.statics[top.slot] ?? 0;
        const firstTime = !openingOrders.has(top.slot);
        const order = openingOrder(top.slot, bundle);
        if (firstTime) {
          // Now that its classes are in order, the bundle promises only its first one's bound.
          top.key = staticPart + (order.bounds[0] ?? 0);
          top.id = order.classes[0]?.members[0]?.id ?? top.id;
          down(0);
          continue;
        }
        // A bundle opens one class at a time, in that order: the class is scored and enters
        // with its score, and the bundle stays with its next class's bound and id, or leaves.
        const remoteClass = order.classes[top.head];
        const head = remoteClass?.heads[0];
        top.head++;
        const next = order.classes[top.head]?.members[0];
        if (next === undefined) {
          pool.bundles[top.slot] = undefined;
          pop();
        } else {
          top.key = staticPart + (order.bounds[top.head] ?? 0);
          top.id = next.id;
          down(0);
        }
        if (remoteClass === undefined || head === undefined) continue;
        if (remoteClass.members.length === (pool.nearbyIn.get(remoteClass) ?? 0)) continue;
        const slot = addSlot(pool, remoteClass.members, remoteClass.heads, Number.NaN, staticPart, 0);
        push({ slot, head: 0, entry: head, key: slotTotal(pool, slot, ctx), id: head.id, exact: true });
        continue;
      }
      // The slot's best is its first head; its score is now worked out.
      top.key = slotTotal(pool, top.slot, ctx);
      top.entry = pool.heads[top.slot]?.[0];
      top.exact = true;
      if (top.entry === undefined) pop();
      else down(0);
    }
  };
}

/** A chosen resource: its slot (for distance and score) and the resource. */
interface Choice {
  slot: number;
  entry: IndexedResource;
}

/**
 * The best `limit` resources, at most one per group unless there are too few groups. Group
 * heads are read best first (see {@link headsBestFirst}) only as far as needed; when a pool has
 * fewer groups than `limit`, more listings of the same groups fill it, best first.
 */
function pick(
  pool: SectionPool,
  limit: number,
  skip: ReadonlySet<string>,
  nearby: ReadonlySet<IndexedResource>,
  ctx: Context,
): Choice[] {
  if (pool.count === 0 || limit <= 0) return [];
  const usable = (entry: IndexedResource, slot: number) =>
    !skip.has(entry.id) && !(Number.isNaN(pool.distances[slot] ?? 0) && nearby.size > 0 && nearby.has(entry));
  const chosen: Choice[] = [];
  const taken = new Set<IndexedResource>();
  const groups = new Set<string>();
  // First pass: one per group, a group's first usable member in each slot.
  const next = headsBestFirst(pool, ctx);
  let replacement: Candidate | undefined;
  for (let c = next(); c !== undefined && chosen.length < limit; c = next(replacement)) {
    replacement = undefined;
    const entry = c.entry;
    if (entry === undefined) continue;
    const group = entry.groupKey;
    if (groups.has(group)) continue;
    if (c.head >= 0 && !usable(entry, c.slot)) {
      // Rare: the head was shown in another circle or is counted nearby; its group's next
      // usable member in the slot takes its place, in its own id order.
      const other = pool.members[c.slot]?.find((m) => m.groupKey === group && usable(m, c.slot));
      if (other !== undefined) replacement = { ...c, head: -1, entry: other, id: other.id };
      continue;
    }
    groups.add(group);
    taken.add(entry);
    chosen.push({ slot: c.slot, entry });
  }
  if (chosen.length < limit) {
    // Second pass, only when there are too few groups: every slot has been read and scored.
    const rest: Choice[] = [];
    for (let slot = 0; slot < pool.members.length; slot++) {
      if (pool.bundles[slot] !== undefined) continue;
      for (const entry of pool.members[slot] ?? []) {
        if (!taken.has(entry) && usable(entry, slot)) rest.push({ slot, entry });
      }
    }
    rest.sort(byScoreThenId(pool, ctx));
    for (const c of rest.slice(0, limit - chosen.length)) {
      taken.add(c.entry);
      chosen.push(c);
    }
  }
  return chosen.sort(byScoreThenId(pool, ctx));
}

function byScoreThenId(pool: SectionPool, ctx: Context): (a: Choice, b: Choice) => number {
  return (a, b) =>
    slotTotal(pool, b.slot, ctx) - slotTotal(pool, a.slot, ctx) ||
    (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0);
}

function explainItem(
  pool: SectionPool,
  choice: Choice,
  circle: SectionCircle,
  ctx: Context,
  embed: boolean,
): MatchItem {
  const { f, w, clock } = ctx;
  const { entry, slot } = choice;
  const raw = pool.distances[slot] ?? Number.NaN;
  const distanceKm = Number.isNaN(raw) ? undefined : raw;
  const why: Why = { reasons: [], unmet: [] };
  timeScore(entry, distanceKm, f, w, clock, why);
  staticScore(entry, distanceKm, circle, f, w, clock.nowMs, why);
  const total = slotTotal(pool, slot, ctx);
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
  const w = softWeights(f);
  const clock = createZoneClock(options.now);
  const ctx: Context = {
    f,
    w,
    clock,
    index,
    memo: createMemo(index),
    remoteTimeBound: remoteTimeBound(f, w, clock),
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

  // Wider and online-only pools, gathered once for every circle that comes out empty.
  const empty = new Set(order.filter((circle) => pools.sections[circle].count === 0));
  let wider: Pools | undefined;
  let remoteOnly: Pools | undefined;
  const widerKm = Math.min(f.radiusKm * WIDEN_FACTOR, Math.max(WIDEN_MAX_KM, f.radiusKm));
  for (const circle of order) {
    let pool = pools.sections[circle];
    let chosen = pick(pool, limit, used, pools.nearby, ctx);
    let widenedReason: WidenedReasonCode | undefined;
    if (chosen.length === 0 && useLocal && limit > 0) {
      if (widerKm > f.radiusKm) {
        if (wider === undefined || !empty.has(circle)) {
          wider = collect(ctx, widerKm, true, false, new Set([...empty, circle]));
        }
        pool = wider.sections[circle];
        chosen = pick(pool, limit, used, wider.nearby, ctx);
        if (chosen.length > 0) {
          widenedReason = 'radius-expanded';
          const unit = parsed.radiusUnit;
          const to = Math.round((unit === 'km' ? widerKm : widerKm / KM_PER_MILE) * 10) / 10;
          widenedRadius = { from: parsed.radius, to, unit };
        }
      }
    }
    if (chosen.length === 0 && !useRemote && limit > 0) {
      if (remoteOnly === undefined || !empty.has(circle)) {
        remoteOnly = collect(ctx, f.radiusKm, false, true, new Set([...empty, circle]));
      }
      pool = remoteOnly.sections[circle];
      chosen = pick(pool, limit, used, remoteOnly.nearby, ctx);
      if (chosen.length > 0) widenedReason = 'online-added';
    }
    if (widenedReason === undefined && chosen.length > 0 && useLocal && pools.local[circle] === 0) {
      widenedReason = chosen.every((c) => isNational(c.entry)) ? 'national-added' : 'online-added';
    }
    for (const c of chosen) used.add(c.entry.id);
    const items = chosen.map((c) => explainItem(pool, c, circle, ctx, embed));
    const total = Math.max(pool.count, items.length);
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
