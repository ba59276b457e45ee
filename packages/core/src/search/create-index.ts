import { createGeoGrid } from '../geo/geo-grid.js';
import type { LatLng } from '../geo/lat-lng.js';
import type { Resource } from '../model/resource.js';
import {
  assignSharedKeys,
  type IndexedResource,
  indexResource,
  type KeyInterner,
  parseStoredEntry,
  wordsOf,
} from './indexed-resource.js';
import {
  APPROACH_BITS,
  ATTENDANCE_BITS,
  AUDIENCE_BITS,
  CIRCLE_BITS,
  CONCERN_BITS,
  COST_BITS,
} from './masks.js';
import { isStoredResource, type StoredResource } from './stored-resource.js';
import type { PrecomputedSchedule } from './week-clock.js';

/** The facets with posting lists. */
export type FacetName =
  | 'circle'
  | 'kind'
  | 'concern'
  | 'approach'
  | 'audience'
  | 'language'
  | 'attendance'
  | 'cost'
  | 'status';

/** A resource found near a point, at its nearest location's distance. */
export interface NearbyResource {
  entry: IndexedResource;
  distanceKm: number;
}

/** Options of {@link createIndex}. */
export interface IndexOptions {
  /** Size of a spatial grid cell in km; near the usual search radius is best. Default 16 (10 mi). */
  cellKm?: number;
}

/** Remote resources that score the same (see {@link ResourceIndex.remoteClasses}). */
export interface RemoteClass {
  /** The members, in id order. */
  readonly members: readonly IndexedResource[];
  /** The first member of each group (`groupId`) among them, in id order. */
  readonly heads: readonly IndexedResource[];
}

/**
 * The remote classes sharing one `scoreKey` (see {@link ResourceIndex.remoteBundles}): they
 * pass the same hard rules and get the same clock-free score, and differ only in their times.
 */
export interface RemoteBundle {
  readonly scoreKey: number;
  /** Its classes, each non-empty, in the order of their first member's id. */
  readonly classes: readonly RemoteClass[];
  /** How many resources its classes hold. */
  readonly size: number;
  /** The smallest id among them. */
  readonly firstId: string;
  /**
   * Each class's `scheduleKey` and schedule (the same for all its members), in the order of
   * `classes`: a matcher reads them for hundreds of classes per call without going through
   * the members.
   */
  readonly scheduleKeys: readonly number[];
  readonly schedules: readonly PrecomputedSchedule[];
}

/** How many distinct shared keys the index has handed out (see `IndexedResource.scoreKey`). */
export interface IndexKeyCounts {
  score: number;
  schedule: number;
  group: number;
}

/**
 * An in-memory index of resources for matching and search: a spatial grid, facet posting
 * lists, a word index with prefix lookup, and each resource's precomputed form. It is kept
 * current with `add`, `update` and `remove`, so a server never rebuilds it. Lists come out
 * in id order, so results do not depend on the order records were added in.
 */
export interface ResourceIndex {
  /** How many resources it holds. */
  readonly size: number;
  /** The resource with `id`. */
  get(id: string): Resource | undefined;
  /** Whether a resource with `id` is held. */
  has(id: string): boolean;
  /** Every resource, in id order. */
  all(): readonly Resource[];
  /** Adds a resource, or replaces the one with the same id. */
  add(resource: Resource | StoredResource): void;
  /** Replaces a resource (adds it when it is not held yet). */
  update(resource: Resource | StoredResource): void;
  /**
   * Parses up to `limit` of the resources added as stored text that nothing has read yet;
   * returns how many may be left. A server calls it in slices once it answers, so that
   * the first searches and matches do not parse them.
   */
  parseStored(limit: number): number;
  /** Removes a resource; returns whether it was held. */
  remove(id: string): boolean;
  /** The precomputed form of a resource. */
  entry(id: string): IndexedResource | undefined;
  /** Every precomputed resource, in id order. */
  entries(): readonly IndexedResource[];
  /** Resources that can be joined without travel, in id order. */
  remoteEntries(): readonly IndexedResource[];
  /**
   * The same resources in classes sharing `scoreKey` and `scheduleKey`: away from any
   * distance, the members of a class score the same for any visitor.
   */
  remoteClasses(): readonly RemoteClass[];
  /** The remote classes grouped by `scoreKey`, so a matcher can judge and score each group once. */
  remoteBundles(): readonly RemoteBundle[];
  /** The remote class a held remote resource is in. */
  remoteClassOf(entry: IndexedResource): RemoteClass | undefined;
  /**
   * Resources with a location within `radiusKm` of `center`, nearest first (ties in id order),
   * or in no set order with `{ sorted: false }` for callers that rank them themselves.
   */
  near(center: LatLng, radiusKm: number, options?: { sorted?: boolean }): NearbyResource[];
  /** Resources whose facet has `value` (e.g. `posting('concern', 'alcohol')`), in no set order. */
  posting(facet: FacetName, value: string): IndexedResource[];
  /** Resources with the folded word `token`, or with a word starting with it when `prefix`. */
  wordMatches(token: string, prefix: boolean): Set<IndexedResource>;
  /**
   * How many distinct shared keys exist, to size per-call tables. Like the three methods
   * above, it files the remote classes first when they are not filed yet: until then every
   * entry's shared keys are −1 (see `IndexedResource.scoreKey`).
   */
  keyCounts(): IndexKeyCounts;
}

/** Locations per resource the grid keys leave room for; more are not indexed. */
const MAX_POINTS = 64;

function byId(a: IndexedResource, b: IndexedResource): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/*
 * Posting lists are plain arrays: a Set costs several times more per insert, and 100,000
 * records make millions of inserts. A removed or replaced record stays in its lists until
 * they are mostly stale; readers skip entries that are no longer the live one for their id.
 */
interface Posting {
  items: IndexedResource[];
  stale: number;
}

const BIT_FACETS = {
  circle: CIRCLE_BITS,
  concern: CONCERN_BITS,
  approach: APPROACH_BITS,
  audience: AUDIENCE_BITS,
  attendance: ATTENDANCE_BITS,
  cost: COST_BITS,
} as const;
type BitFacet = keyof typeof BIT_FACETS;
type ValueFacet = 'kind' | 'status' | 'language';

function maskOfFacet(entry: IndexedResource, facet: BitFacet): number {
  switch (facet) {
    case 'circle':
      return entry.circles;
    case 'concern':
      return entry.concerns;
    case 'approach':
      return entry.approaches;
    case 'audience':
      return entry.audiences;
    case 'attendance':
      return entry.attendance;
    case 'cost':
      return entry.costs;
  }
}

/**
 * Builds a {@link ResourceIndex} over valid (schema-parsed) resources, or stored ones: those
 * are filed by their outline and parsed when first read (see {@link StoredResource}).
 */
export function createIndex(
  resources: Iterable<Resource | StoredResource> = [],
  options: IndexOptions = {},
): ResourceIndex {
  const grid = createGeoGrid<number>(options.cellKm ?? 16);
  const docs: (IndexedResource | undefined)[] = [];
  const freeDocs: number[] = [];
  const docOf = new Map<string, number>();
  // Bit facets: one list per bit. Value facets: keyed by the record's own value string, so
  // no key string is built per record.
  const bitPostings: Record<BitFacet, Posting[]> = {
    circle: [],
    concern: [],
    approach: [],
    audience: [],
    attendance: [],
    cost: [],
  };
  const valuePostings: Record<ValueFacet, Map<string, Posting>> = {
    kind: new Map(),
    status: new Map(),
    language: new Map(),
  };
  const words = new Map<string, Posting>();
  const keys = {
    score: new Map<string, number>(),
    schedule: new Map<string, number>(),
    group: new Map<string, number>(),
  };
  const intern: KeyInterner = (space, signature) => {
    const table = keys[space];
    let key = table.get(signature);
    if (key === undefined) {
      key = table.size;
      table.set(signature, key);
    }
    return key;
  };
  // Id-ordered lists are caches, rebuilt on first use after a change: a server that loads
  // 100,000 records one by one must not pay for keeping them sorted on every insert.
  let sortedCache: IndexedResource[] | undefined;
  let remoteCache: IndexedResource[] | undefined;
  let sortedWords: string[] | undefined;
  /** Remote classes (see `remoteClasses`); members are sorted when read after a change. */
  const classes = new Map<number, { members: IndexedResource[]; heads: IndexedResource[] }>();
  /*
   * The classes are filed on their first read, and kept current from then on, like the
   * facets: working out the signatures that group remote resources is a third of a bulk
   * load, and a server that only searches never needs them.
   */
  let classesFiled = false;
  /** Slots of remote entries added before then (some since replaced or removed). */
  const unfiledDocs: number[] = [];
  let classList: RemoteClass[] | undefined;
  let bundleList: RemoteBundle[] | undefined;
  /** Classes changed since they were last read, so reading does not walk every class. */
  const dirtyClasses = new Set<{ members: IndexedResource[]; heads: IndexedResource[] }>();
  // A number, not a string: no new string to hash for each of 100,000 records.
  const classKey = (e: IndexedResource): number => e.scoreKey * 0x100000 + e.scheduleKey;

  const isLive = (entry: IndexedResource): boolean => {
    const doc = docOf.get(entry.id);
    return doc !== undefined && docs[doc] === entry;
  };

  function valuePosting(facet: ValueFacet, value: string): Posting {
    const table = valuePostings[facet];
    let posting = table.get(value);
    if (posting === undefined) {
      posting = { items: [], stale: 0 };
      table.set(value, posting);
    }
    return posting;
  }

  function bitPosting(facet: BitFacet, bitIndex: number): Posting {
    const list = bitPostings[facet];
    let posting = list[bitIndex];
    if (posting === undefined) {
      posting = { items: [], stale: 0 };
      list[bitIndex] = posting;
    }
    return posting;
  }

  /** Calls `visit` with each of `facet`'s posting lists that an entry is in. */
  function eachList(facet: FacetName, entry: IndexedResource, visit: (posting: Posting) => void): void {
    if (facet === 'kind' || facet === 'status') {
      visit(valuePosting(facet, entry[facet]));
    } else if (facet === 'language') {
      for (const language of entry.languages) visit(valuePosting('language', language));
    } else {
      for (let mask = maskOfFacet(entry, facet); mask !== 0; mask &= mask - 1) {
        visit(bitPosting(facet, 31 - Math.clz32(mask & -mask)));
      }
    }
  }

  /*
   * A facet's posting lists are built on the first lookup in that facet and kept current
   * from then on, like the word index: matching and searches near a place never read them,
   * and filing 100,000 records in every facet is a tenth of a bulk load.
   */
  const filedFacets: FacetName[] = [];

  function fileFacet(facet: FacetName): void {
    for (const entry of docs) {
      if (entry !== undefined) eachList(facet, entry, (posting) => posting.items.push(entry));
    }
    filedFacets.push(facet);
  }

  function markStale(posting: Posting): void {
    posting.stale++;
    // Compact once most of a list is stale, so reads stay proportional to live entries.
    if (posting.stale > 32 && posting.stale * 2 > posting.items.length) {
      posting.items = posting.items.filter(isLive);
      posting.stale = 0;
    }
  }

  /*
   * The word index is built on the first text search and kept current from then on: many
   * callers (matching, map views) never search by words, and it is a third of a bulk load.
   */
  let wordsReady = false;

  function addWords(entry: IndexedResource): void {
    for (const token of wordsOf(entry).all) {
      let posting = words.get(token);
      if (posting === undefined) {
        posting = { items: [], stale: 0 };
        words.set(token, posting);
        sortedWords = undefined;
      }
      posting.items.push(entry);
    }
  }

  function ensureWords(): void {
    if (wordsReady) return;
    for (const entry of docs) if (entry !== undefined) addWords(entry);
    wordsReady = true;
  }

  function remove(id: string): boolean {
    const doc = docOf.get(id);
    if (doc === undefined) return false;
    removeDoc(id, doc);
    return true;
  }

  function removeDoc(id: string, doc: number): void {
    const entry = docs[doc];
    docs[doc] = undefined;
    docOf.delete(id);
    freeDocs.push(doc);
    sortedCache = undefined;
    remoteCache = undefined;
    if (entry !== undefined) {
      for (let i = 0; i < Math.min(entry.points.length, MAX_POINTS); i++) {
        const point = entry.points[i];
        if (point !== undefined) grid.removeAt(doc * MAX_POINTS + i, point);
      }
      for (const facet of filedFacets) eachList(facet, entry, markStale);
      if (wordsReady) {
        for (const token of wordsOf(entry).all) {
          const posting = words.get(token);
          if (posting !== undefined) markStale(posting);
        }
      }
      if (entry.remote && classesFiled) {
        const key = classKey(entry);
        const group = classes.get(key);
        const at = group === undefined ? -1 : group.members.indexOf(entry);
        if (group !== undefined && at >= 0) {
          group.members.splice(at, 1);
          dirtyClasses.add(group);
          bundleList = undefined;
          if (group.members.length === 0) {
            classes.delete(key);
            dirtyClasses.delete(group);
            classList = undefined;
          }
        }
      }
    }
  }

  /** Slots of entries added as stored text, from `storedAt` on not yet visited by `parseStored`. */
  const storedDocs: number[] = [];
  let storedAt = 0;

  function add(resource: Resource | StoredResource): void {
    const stored = isStoredResource(resource);
    const id = stored ? resource.outline.id : resource.id;
    const held = docOf.get(id);
    if (held !== undefined) removeDoc(id, held);
    const entry = indexResource(resource, classesFiled ? intern : undefined);
    const doc = freeDocs.pop() ?? docs.length;
    docs[doc] = entry;
    docOf.set(id, doc);
    if (stored) storedDocs.push(doc);
    for (let i = 0; i < Math.min(entry.points.length, MAX_POINTS); i++) {
      const point = entry.points[i];
      // A slot's points left the grid when its last entry went: each id is new to it.
      if (point !== undefined) grid.insert(doc * MAX_POINTS + i, point);
    }
    for (const facet of filedFacets) eachList(facet, entry, (posting) => posting.items.push(entry));
    if (wordsReady) addWords(entry);
    if (classesFiled) fileRemote(entry);
    else if (entry.remote) unfiledDocs.push(doc);
    sortedCache = undefined;
    remoteCache = undefined;
  }

  /** Puts a remote entry with its shared keys in its class. */
  function fileRemote(entry: IndexedResource): void {
    if (entry.remote) {
      const key = classKey(entry);
      let group = classes.get(key);
      if (group === undefined) {
        group = { members: [], heads: [] };
        classes.set(key, group);
        classList = undefined;
      }
      group.members.push(entry);
      dirtyClasses.add(group);
      bundleList = undefined;
    }
  }

  function fileClasses(): void {
    if (classesFiled) return;
    for (const doc of unfiledDocs) {
      const entry = docs[doc];
      // A slot may since hold another entry, or be listed twice: each entry is filed once.
      if (entry === undefined || !entry.remote || entry.scoreKey >= 0) continue;
      assignSharedKeys(entry, intern);
      fileRemote(entry);
    }
    unfiledDocs.length = 0;
    classesFiled = true;
  }

  for (const resource of resources) add(resource);

  function entries(): IndexedResource[] {
    if (sortedCache === undefined) {
      sortedCache = docs.filter((e): e is IndexedResource => e !== undefined).sort(byId);
    }
    return sortedCache;
  }

  function live(posting: Posting | undefined): IndexedResource[] {
    if (posting === undefined) return [];
    return posting.stale === 0 ? posting.items : posting.items.filter(isLive);
  }

  function readClasses(): RemoteClass[] {
    fileClasses();
    for (const group of dirtyClasses) {
      group.members.sort(byId);
      const seen = new Set<number>();
      group.heads = group.members.filter((m) => !seen.has(m.groupId) && seen.add(m.groupId) !== undefined);
    }
    dirtyClasses.clear();
    if (classList === undefined) classList = [...classes.values()];
    return classList;
  }

  return {
    get size() {
      return docOf.size;
    },
    get(id) {
      const doc = docOf.get(id);
      return doc === undefined ? undefined : docs[doc]?.resource;
    },
    has: (id) => docOf.has(id),
    all: () => entries().map((e) => e.resource),
    add,
    update: add,
    remove,
    parseStored(limit) {
      for (let parsed = 0; storedAt < storedDocs.length && parsed < limit; storedAt++) {
        const entry = docs[storedDocs[storedAt] as number];
        if (entry !== undefined && parseStoredEntry(entry)) parsed++;
      }
      if (storedAt === storedDocs.length) {
        storedDocs.length = 0;
        storedAt = 0;
      }
      return storedDocs.length - storedAt;
    },
    entry(id) {
      const doc = docOf.get(id);
      return doc === undefined ? undefined : docs[doc];
    },
    entries,
    remoteEntries() {
      if (remoteCache === undefined) remoteCache = entries().filter((e) => e.remote);
      return remoteCache;
    },
    remoteClasses: readClasses,
    remoteBundles() {
      const list = readClasses();
      if (bundleList !== undefined) return bundleList;
      const byScore = new Map<
        number,
        {
          scoreKey: number;
          classes: RemoteClass[];
          size: number;
          firstId: string;
          scheduleKeys: number[];
          schedules: PrecomputedSchedule[];
        }
      >();
      for (const remoteClass of list) {
        const first = remoteClass.members[0];
        if (first === undefined) continue;
        let bundle = byScore.get(first.scoreKey);
        if (bundle === undefined) {
          bundle = {
            scoreKey: first.scoreKey,
            classes: [],
            size: 0,
            firstId: first.id,
            scheduleKeys: [],
            schedules: [],
          };
          byScore.set(first.scoreKey, bundle);
        }
        bundle.classes.push(remoteClass);
        bundle.size += remoteClass.members.length;
        if (first.id < bundle.firstId) bundle.firstId = first.id;
      }
      for (const bundle of byScore.values()) {
        bundle.classes.sort((a, b) => byId(a.members[0] as IndexedResource, b.members[0] as IndexedResource));
        for (const remoteClass of bundle.classes) {
          const first = remoteClass.members[0] as IndexedResource;
          bundle.scheduleKeys.push(first.scheduleKey);
          bundle.schedules.push(first.schedule);
        }
      }
      bundleList = [...byScore.values()];
      return bundleList;
    },
    remoteClassOf(entry) {
      if (!entry.remote) return undefined;
      readClasses();
      return classes.get(classKey(entry));
    },
    near(center, radiusKm, options) {
      const found: NearbyResource[] = [];
      // Most resources have one point and are pushed as found; the few with several keep
      // their nearest, through a map only they pay for.
      let several: Map<IndexedResource, number> | undefined;
      grid.forEachWithin(center, radiusKm, (id, distanceKm) => {
        const entry = docs[Math.floor(id / MAX_POINTS)];
        if (entry === undefined) return;
        if (entry.points.length === 1) {
          found.push({ entry, distanceKm });
          return;
        }
        several ??= new Map();
        const known = several.get(entry);
        if (known === undefined || distanceKm < known) several.set(entry, distanceKm);
      });
      if (several !== undefined) for (const [entry, distanceKm] of several) found.push({ entry, distanceKm });
      if (options?.sorted === false) return found;
      return found.sort((a, b) => a.distanceKm - b.distanceKm || byId(a.entry, b.entry));
    },
    posting(facet, value) {
      if (!filedFacets.includes(facet)) fileFacet(facet);
      if (facet === 'kind' || facet === 'status' || facet === 'language') {
        return live(valuePostings[facet].get(value));
      }
      const vocabulary = BIT_FACETS[facet];
      const bit = (vocabulary.bit as Record<string, number>)[value];
      if (bit === undefined) return [];
      return live(bitPostings[facet][31 - Math.clz32(bit)]);
    },
    wordMatches(token, prefix) {
      ensureWords();
      if (!prefix) return new Set(live(words.get(token)));
      if (sortedWords === undefined) sortedWords = [...words.keys()].sort();
      const found = new Set<IndexedResource>();
      let lo = 0;
      let hi = sortedWords.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((sortedWords[mid] ?? '') < token) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < sortedWords.length; i++) {
        const word = sortedWords[i] ?? '';
        if (!word.startsWith(token)) break;
        for (const entry of live(words.get(word))) found.add(entry);
      }
      return found;
    },
    keyCounts() {
      fileClasses();
      return { score: keys.score.size, schedule: keys.schedule.size, group: keys.group.size };
    },
  };
}
