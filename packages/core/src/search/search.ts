import { KM_PER_MILE } from '../geo/lat-lng.js';
import { publicView } from '../model/public-view.js';
import type { Resource } from '../model/resource.js';
import { parseLocalTime } from '../schedule/zoned-time.js';
import type { ResourceKind } from '../vocab/resource-kinds.js';
import type { ResourceIndex } from './create-index.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { type IndexedResource, wordsOf } from './indexed-resource.js';
import {
  APPROACH_BITS,
  ATTENDANCE_BITS,
  AUDIENCE_BITS,
  CIRCLE_BITS,
  COST_BITS,
  maskOf,
  primaryLanguage,
  relatedConcernsMask,
} from './masks.js';
import { type SearchQuery, type SearchQueryInput, SearchQuerySchema } from './search-query.js';
import { tokenize } from './text.js';
import {
  createZoneClock,
  localWeekMinute,
  type OccurrenceMs,
  soonestOccurrence,
  type TimeStatus,
  timeStatusOf,
  upcomingOccurrences,
  type ZoneClock,
} from './week-clock.js';

/** One search hit. */
export interface SearchItem {
  /** The resource as the public may see it (confidential places without street or coordinates). */
  resource: Resource;
  /** Distance in km from `near` to its nearest location, when `near` was given. */
  distanceKm?: number;
  /** The occurrence in progress, or the next one, as ISO instants. */
  nextOccurrence?: { start: string; end: string };
  /** Where `now` falls: in progress, starting within the hour, later, or no times. */
  status?: TimeStatus;
}

/** A page of search results. */
export interface SearchResult {
  items: SearchItem[];
  /** How many resources matched in all. */
  total: number;
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Options of {@link search}. */
export interface SearchOptions {
  /** The instant "in progress" and "next" are judged at; required so results never depend on a hidden clock. */
  now: Date;
}

const MINUTE_MS = 60_000;
const ATTENDANCE_ALSO: Record<string, number> = {
  online: ATTENDANCE_BITS.bit.online | ATTENDANCE_BITS.bit.hybrid,
  'in-person': ATTENDANCE_BITS.bit['in-person'] | ATTENDANCE_BITS.bit.hybrid,
  hybrid: ATTENDANCE_BITS.bit.hybrid,
  phone: ATTENDANCE_BITS.bit.phone,
};

/** What a query asks, reduced to masks and sets once per call. */
interface Compiled {
  query: SearchQuery;
  words: string[];
  statuses: Set<string>;
  kinds: Set<ResourceKind> | undefined;
  circles: number;
  concerns: number;
  approaches: number;
  audiences: number;
  costs: number;
  attendance: number;
  languages: Set<string> | undefined;
  updatedAfterMs: number | undefined;
  windowFrom: number;
  windowTo: number;
  needsTime: boolean;
}

function compile(query: SearchQuery): Compiled {
  const windowed = query.day !== undefined || query.timeFrom !== undefined || query.timeTo !== undefined;
  return {
    query,
    words: query.q === undefined ? [] : tokenize(query.q),
    statuses: new Set(query.status),
    kinds: query.kind === undefined ? undefined : new Set(query.kind),
    circles: query.circle === undefined ? 0 : maskOf(CIRCLE_BITS, query.circle),
    concerns: query.concerns === undefined ? 0 : relatedConcernsMask(query.concerns),
    approaches: query.approaches === undefined ? 0 : maskOf(APPROACH_BITS, query.approaches),
    audiences: query.audiences === undefined ? 0 : maskOf(AUDIENCE_BITS, query.audiences),
    costs: query.cost === undefined ? 0 : maskOf(COST_BITS, query.cost),
    attendance: (query.attendance ?? []).reduce((mask, mode) => mask | (ATTENDANCE_ALSO[mode] ?? 0), 0),
    languages: query.languages === undefined ? undefined : new Set(query.languages.map(primaryLanguage)),
    updatedAfterMs: query.updatedAfter === undefined ? undefined : Date.parse(query.updatedAfter),
    windowFrom: query.timeFrom === undefined ? 0 : parseLocalTime(query.timeFrom),
    windowTo: query.timeTo === undefined ? 1440 : parseLocalTime(query.timeTo),
    needsTime:
      windowed ||
      query.inProgress !== undefined ||
      query.startingWithin !== undefined ||
      query.sort === 'next',
  };
}

/** Whether the static (time-free) filters hold. */
function passesFacets(e: IndexedResource, c: Compiled): boolean {
  if (!c.statuses.has(e.status)) return false;
  if (c.kinds !== undefined && !c.kinds.has(e.kind)) return false;
  if (c.circles !== 0 && (e.circles & c.circles) === 0) return false;
  if (c.concerns !== 0 && (e.concerns & c.concerns) === 0) return false;
  if (c.approaches !== 0 && (e.approaches & c.approaches) === 0) return false;
  if (c.audiences !== 0 && (e.audiences & c.audiences) === 0) return false;
  if (c.costs !== 0 && (e.costs & c.costs) === 0) return false;
  if (c.attendance !== 0 && (e.attendance & c.attendance) === 0) return false;
  if (c.languages !== undefined && !e.languages.some((l) => c.languages?.has(l))) return false;
  if (c.updatedAfterMs !== undefined && !(e.updatedAtMs !== undefined && e.updatedAtMs > c.updatedAfterMs)) {
    return false;
  }
  return true;
}

/** Relevance of a resource to the query words; 0 when a word is missing. */
function textScore(e: IndexedResource, words: readonly string[]): number {
  let score = 0;
  const own = wordsOf(e);
  for (const word of words) {
    let best = 0;
    for (const token of own.name) {
      if (token === word) best = Math.max(best, 4);
      else if (token.startsWith(word)) best = Math.max(best, 3);
    }
    if (best < 3) {
      for (const token of own.all) {
        if (token === word) best = Math.max(best, 2);
        else if (best < 1 && token.startsWith(word)) best = 1;
      }
    }
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/** Per-resource time facts, computed only for candidates that passed the other filters. */
interface TimeFacts {
  occurrences: OccurrenceMs[];
  soonest: OccurrenceMs | undefined;
  status: TimeStatus;
}

function timeFacts(e: IndexedResource, clock: ZoneClock): TimeFacts {
  const occurrences = upcomingOccurrences(e.schedule, e.resource.schedule, clock);
  const soonest = soonestOccurrence(occurrences);
  return { occurrences, soonest, status: timeStatusOf(e.schedule, soonest, clock.nowMs) };
}

function passesTime(e: IndexedResource, t: TimeFacts, c: Compiled, clock: ZoneClock): boolean {
  const { query } = c;
  if (query.inProgress !== undefined && (t.status === 'in-progress') !== query.inProgress) return false;
  if (query.startingWithin !== undefined) {
    const limit = clock.nowMs + query.startingWithin * MINUTE_MS;
    if (!t.occurrences.some((o) => o.startMs > clock.nowMs && o.startMs <= limit)) return false;
  }
  if (query.day !== undefined || query.timeFrom !== undefined || query.timeTo !== undefined) {
    if (e.schedule.type === 'always') return true;
    if (e.schedule.type !== 'ranges') return false;
    const zone = query.timeZone;
    const inWindow = (weekMinute: number): boolean => {
      const day = Math.floor(weekMinute / 1440);
      const minute = weekMinute % 1440;
      return (query.day === undefined || day === query.day) && minute >= c.windowFrom && minute < c.windowTo;
    };
    // Without a zone, the meeting's own wall clock is what the visitor asked about.
    if (zone === undefined) return e.schedule.starts.some(inWindow);
    return t.occurrences.some((o) => inWindow(localWeekMinute(o.startMs, zone, clock)));
  }
  return true;
}

interface Hit {
  entry: IndexedResource;
  distanceKm: number | undefined;
  score: number;
  time: TimeFacts | undefined;
}

function byIdThen(a: Hit, b: Hit): number {
  return a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0;
}

function nextKey(hit: Hit, nowMs: number): number {
  if (hit.time === undefined) return Number.POSITIVE_INFINITY;
  if (hit.entry.schedule.type === 'always') return nowMs;
  return hit.time.soonest?.startMs ?? Number.POSITIVE_INFINITY;
}

/** The resources where search starts: the radius, the words, or the narrowest single-value facet. */
function startingSet(index: ResourceIndex, c: Compiled): Iterable<[IndexedResource, number | undefined]> {
  const { query } = c;
  if (query.near !== undefined) {
    const radiusKm = query.radiusUnit === 'km' ? query.radius : query.radius * KM_PER_MILE;
    return index.near(query.near, radiusKm).map((n) => [n.entry, n.distanceKm] as [IndexedResource, number]);
  }
  let smallest: readonly IndexedResource[] | undefined;
  const consider = (list: readonly IndexedResource[]): void => {
    if (smallest === undefined || list.length < smallest.length) smallest = list;
  };
  for (const word of c.words) consider([...index.wordMatches(word, true)]);
  const singles: [Parameters<ResourceIndex['posting']>[0], readonly string[] | undefined][] = [
    ['circle', query.circle],
    ['kind', query.kind],
    ['approach', query.approaches],
    ['audience', query.audiences],
    ['cost', query.cost],
    ['status', query.status],
  ];
  for (const [facet, values] of singles) {
    if (values?.length === 1 && values[0] !== undefined) consider(index.posting(facet, values[0]));
  }
  const source: Iterable<IndexedResource> = smallest ?? index.entries();
  return (function* () {
    for (const entry of source) yield [entry, undefined] as [IndexedResource, undefined];
  })();
}

/**
 * Searches the index with the filters of `GET /v1/resources`, sorted and paged. Throws a
 * zod error for an invalid query and `InvalidCursorError` for a cursor of another query.
 */
export function search(index: ResourceIndex, query: SearchQueryInput, options: SearchOptions): SearchResult {
  const parsed = SearchQuerySchema.parse(query);
  const offset = parsed.cursor === undefined ? 0 : decodeCursor(parsed.cursor, parsed);
  const c = compile(parsed);
  const clock = createZoneClock(options.now);
  const hits: Hit[] = [];
  for (const [entry, distanceKm] of startingSet(index, c)) {
    if (!passesFacets(entry, c)) continue;
    const score = c.words.length > 0 ? textScore(entry, c.words) : 0;
    if (c.words.length > 0 && score === 0) continue;
    let time: TimeFacts | undefined;
    if (c.needsTime) {
      time = timeFacts(entry, clock);
      if (!passesTime(entry, time, c, clock)) continue;
    }
    hits.push({ entry, distanceKm, score, time });
  }
  const nowMs = clock.nowMs;
  const distance = (h: Hit): number => h.distanceKm ?? Number.POSITIVE_INFINITY;
  if (parsed.sort === 'distance') {
    hits.sort((a, b) => distance(a) - distance(b) || byIdThen(a, b));
  } else if (parsed.sort === 'next') {
    hits.sort((a, b) => nextKey(a, nowMs) - nextKey(b, nowMs) || distance(a) - distance(b) || byIdThen(a, b));
  } else {
    hits.sort((a, b) => b.score - a.score || distance(a) - distance(b) || byIdThen(a, b));
  }
  const page = hits.slice(offset, offset + parsed.limit);
  const items = page.map((hit): SearchItem => {
    const time = hit.time ?? timeFacts(hit.entry, clock);
    const item: SearchItem = { resource: publicView(hit.entry.resource) };
    if (hit.distanceKm !== undefined) item.distanceKm = Math.round(hit.distanceKm * 1000) / 1000;
    if (time.soonest !== undefined) {
      item.nextOccurrence = {
        start: new Date(time.soonest.startMs).toISOString(),
        end: new Date(time.soonest.endMs).toISOString(),
      };
    }
    if (hit.entry.schedule.type !== 'none') item.status = time.status;
    return item;
  });
  const nextOffset = offset + parsed.limit;
  return {
    items,
    total: hits.length,
    nextCursor: nextOffset < hits.length ? encodeCursor(nextOffset, parsed) : null,
  };
}
