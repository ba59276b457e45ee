import type { LatLng } from '../geo/lat-lng.js';
import { roundCoordinate } from '../geo/lat-lng.js';
import { leadNamesIn } from '../match/leads.js';
import type { ResourceStatus } from '../model/provenance.js';
import { APPROXIMATE_LOCATION_KM } from '../model/public-view.js';
import type { Resource } from '../model/resource.js';
import type { ResourceKind } from '../vocab/resource-kinds.js';
import {
  ACCESSIBILITY_BITS,
  APPROACH_BITS,
  ATTENDANCE_BITS,
  AUDIENCE_BITS,
  CIRCLE_BITS,
  CONCERN_BITS,
  COST_BITS,
  maskOf,
  primaryLanguage,
} from './masks.js';
import {
  isStoredResource,
  type OutlinePlace,
  parseStoredResource,
  type ResourceOutline,
  type StoredResource,
} from './stored-resource.js';
import { foldText, tokenize, uniqueTokens } from './text.js';
import { type PrecomputedSchedule, precomputeSchedule } from './week-clock.js';

/** A resource with everything matching and search read, computed once when it is indexed. */
export interface IndexedResource {
  readonly resource: Resource;
  readonly id: string;
  readonly kind: ResourceKind;
  readonly status: ResourceStatus;
  /** Bit masks of the vocabulary lists (see `masks.ts`). */
  readonly circles: number;
  readonly concerns: number;
  readonly approaches: number;
  readonly audiences: number;
  readonly attendance: number;
  readonly costs: number;
  readonly accessibility: number;
  /** Primary language subtags, lowercased. */
  readonly languages: readonly string[];
  /**
   * Points to measure distance from: the main location and a service's other locations.
   * Confidential places are snapped to about 1 km so a distance cannot reveal them.
   */
  readonly points: readonly LatLng[];
  /** Can be joined without travel: online, hybrid or phone, a hotline or an online community. */
  readonly remote: boolean;
  /** Takes place somewhere one goes to. */
  readonly inPerson: boolean;
  /** A meeting for members only. */
  readonly closedMeeting: boolean;
  /** Made for family and friends (a family group's closed meetings are for them). */
  readonly forFamilies: boolean;
  /** Same key = same group, fellowship listing or organization, for variety. */
  readonly groupKey: string;
  readonly verifiedAtMs: number | undefined;
  readonly updatedAtMs: number | undefined;
  readonly schedule: PrecomputedSchedule;
  /** Fellowship and name, folded, e.g. "al-anon monday night family group". */
  readonly foldedName: string;
  /** The fellowship's short name, folded ("aa", "al-anon"); empty when none. */
  readonly foldedFellowship: string;
  /** Names of programs that lead a circle (see `match/leads.ts`) found in the fellowship and name. */
  readonly leadNames: readonly string[];
  /**
   * Interned keys (−1 when indexed alone, for resources that are not remote: only remote
   * ones are grouped, and until the index's remote classes are first read, see
   * `ResourceIndex.keyCounts`): remote resources with the same `scoreKey` pass the same hard
   * rules and get the same clock-free score; the same `scheduleKey`, the same times; the
   * same `groupId`, the same `groupKey`. The matcher scores each key once per call instead
   * of each of thousands of online meetings.
   */
  readonly scoreKey: number;
  readonly scheduleKey: number;
  readonly groupId: number;
}

const REMOTE_ATTENDANCE = ATTENDANCE_BITS.bit.online | ATTENDANCE_BITS.bit.hybrid | ATTENDANCE_BITS.bit.phone;
const IN_PERSON_ATTENDANCE = ATTENDANCE_BITS.bit['in-person'] | ATTENDANCE_BITS.bit.hybrid;

function pointOf(location: OutlinePlace | null | undefined): LatLng | undefined {
  const point = location?.coordinates;
  if (point === undefined || point === null) return undefined;
  return location?.precision === 'confidential' ? roundCoordinate(point, APPROXIMATE_LOCATION_KM) : point;
}

/** Shared by every entry with no place or no language, instead of one empty list each. */
const NONE: readonly never[] = Object.freeze([]);

function pointsOf(resource: ResourceOutline): readonly LatLng[] {
  const main = pointOf(resource.location);
  if (resource.kind !== 'service' || !resource.locations?.length) return main === undefined ? NONE : [main];
  const points = main === undefined ? [] : [main];
  for (const location of resource.locations) {
    const point = pointOf(location);
    if (point !== undefined) points.push(point);
  }
  return points;
}

function organizationOf(resource: Resource): { id: string | undefined; name: string | undefined } {
  if (resource.kind === 'service' || resource.kind === 'provider') {
    return { id: resource.organizationId, name: resource.organizationName };
  }
  return { id: undefined, name: undefined };
}

function groupKeyOf(
  resource: Resource,
  org: { id: string | undefined; name: string | undefined },
  foldedFellowship: string,
  foldedOwnName: string,
): string {
  if (org.id !== undefined) return `org:${org.id}`;
  if (org.name !== undefined) return `org:${foldText(org.name)}`;
  const name =
    resource.kind === 'meeting' && resource.groupName !== undefined
      ? foldText(resource.groupName)
      : foldedOwnName;
  return `${foldedFellowship}|${name.trim()}`;
}

function timeMs(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Turns a signature string into a small integer, the same one for the same string. */
export type KeyInterner = (space: 'score' | 'schedule' | 'group', signature: string) => number;

/**
 * The schedule as written: equal signatures are equal schedules. (Two schedules written
 * differently for the same times, an end against a duration, get two keys and are scored
 * apart, which is only a little slower.) Read from the record, not from its precomputed
 * form, so the thousands of remote members of a class do not each keep one.
 */
function scheduleSignature(schedule: Resource['schedule']): string {
  if (schedule === undefined) return '';
  if (schedule.type === 'always' || schedule.type === 'by-appointment') {
    return `${schedule.type}|${schedule.timeZone ?? ''}`;
  }
  let signature = `${schedule.type}|${schedule.timeZone}|${schedule.validFrom ?? ''}/${schedule.validTo ?? ''}`;
  if (schedule.type === 'weekly') {
    for (const slot of schedule.slots) {
      signature += `|${slot.day} ${slot.start} ${slot.end ?? ''} ${slot.durationMinutes ?? ''}`;
    }
  } else {
    for (const range of schedule.hours) signature += `|${range.day} ${range.opens} ${range.closes}`;
  }
  return signature;
}

function scoreSignature(e: Omit<IndexedResource, 'scoreKey' | 'scheduleKey' | 'groupId'>): string {
  const r = e.resource;
  const care =
    r.kind === 'provider'
      ? `${r.medications.join(',')}/${r.levelsOfCare.join(',')}`
      : r.kind === 'hotline'
        ? `${r.maxAge ?? ''}`
        : r.kind === 'meeting'
          ? r.meetingAccess
          : '';
  const flags =
    (e.points.length > 0 ? 1 : 0) |
    (e.remote ? 2 : 0) |
    (e.inPerson ? 4 : 0) |
    (e.closedMeeting ? 8 : 0) |
    (e.forFamilies ? 16 : 0);
  // One template string is several times cheaper than joining an array, 100,000 times over.
  return `${e.kind}|${e.status}|${e.circles}|${e.concerns}|${e.approaches}|${e.audiences}|${e.attendance}|${e.costs}|${e.accessibility}|${e.languages}|${flags}|${care}|${r.verification.verifiedAt ?? ''}|${e.foldedFellowship}|${e.leadNames}`;
}

/** What only scoring, text and variety read, worked out on first read (see `Entry`). */
interface LazyParts {
  schedule?: PrecomputedSchedule;
  fellowship?: string;
  ownName?: string;
  name?: string;
  leads?: readonly string[];
  group?: string;
  /** Absent until read; then the time, or null when there is none. */
  verified?: number | null;
  updated?: number | null;
}

const IN_PERSON = 1;
const CLOSED_MEETING = 2;
const FOR_FAMILIES = 4;

/** Languages of records with one tag, shared: most records name one, and the same one. */
const ONE_LANGUAGE = new Map<string, readonly string[]>();
const ONE_LANGUAGE_LIMIT = 1_000;

function primaryLanguages(tags: readonly string[]): readonly string[] {
  if (tags.length === 0) return NONE;
  if (tags.length === 1) {
    const tag = tags[0] ?? '';
    let shared = ONE_LANGUAGE.get(tag);
    if (shared === undefined) {
      shared = Object.freeze([primaryLanguage(tag)]);
      if (ONE_LANGUAGE.size < ONE_LANGUAGE_LIMIT) ONE_LANGUAGE.set(tag, shared);
    }
    return shared;
  }
  return [...new Set(tags.map(primaryLanguage))];
}

/*
 * Most of 100,000 indexed resources are never scored by a given server run: only the ones
 * near a visitor, or in a remote class that could rank, are. So only what the index files
 * every resource by (its id, kind, points and whether it is joined remotely) is computed at
 * once, from the record or, for a stored one, from its outline alone: its JSON text is
 * parsed on the first read of anything else (or ahead, see `ResourceIndex.parseStored`).
 * The masks and flags the hard rules and filters read are worked out together on the first
 * read of any of them, into the entry's own fields; what only scoring, text and variety read
 * (the schedule, folded names, group key, times) on first read too, into one object made
 * then. An entry is kept small: a bulk load of 100,000 makes 100,000 of them,
 * and every byte is copied by the garbage collector as they settle.
 */
class Entry implements IndexedResource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly status: ResourceStatus;
  readonly attendance: number;
  readonly points: readonly LatLng[];
  readonly remote: boolean;
  scoreKey = -1;
  scheduleKey = -1;
  groupId = -1;
  /** −1 until the masks below are worked out. */
  private circleMask = -1;
  private concernMask = 0;
  private approachMask = 0;
  private audienceMask = 0;
  private costMask = 0;
  private accessibilityMask = 0;
  private primaryTags: readonly string[] = NONE;
  private flags = 0;
  private lazy: LazyParts | undefined = undefined;
  /** The record, once parsed; until then its stored JSON text (see `StoredResource`). */
  private parsed: Resource | undefined;
  private json: string | undefined;

  /** Files a resource by its outline (a parsed resource is its own). */
  constructor(outline: ResourceOutline, parsed: Resource | undefined, json: string | undefined) {
    const attendance = maskOf(ATTENDANCE_BITS, outline.attendance);
    const kind = outline.kind;
    this.parsed = parsed;
    this.json = json;
    this.id = outline.id;
    this.kind = kind;
    this.status = outline.status;
    this.attendance = attendance;
    this.points = pointsOf(outline);
    this.remote = (attendance & REMOTE_ATTENDANCE) !== 0 || kind === 'hotline' || kind === 'online-community';
  }

  get resource(): Resource {
    return this.parsed ?? this.parse();
  }

  /** Parses the stored text, once; whether there was any left to parse. */
  parseStored(): boolean {
    if (this.parsed !== undefined) return false;
    this.parse();
    return true;
  }

  private parse(): Resource {
    const resource = parseStoredResource(this.id, this.json ?? '');
    this.parsed = resource;
    this.json = undefined;
    return resource;
  }

  /** Works out the masks and flags, once. */
  private masks(): this {
    if (this.circleMask >= 0) return this;
    const resource = this.resource;
    const circles = maskOf(CIRCLE_BITS, resource.circles);
    this.concernMask = maskOf(CONCERN_BITS, resource.concerns);
    this.approachMask = maskOf(APPROACH_BITS, resource.approaches);
    this.audienceMask = maskOf(AUDIENCE_BITS, resource.audiences);
    this.costMask = maskOf(COST_BITS, resource.cost);
    this.accessibilityMask = maskOf(ACCESSIBILITY_BITS, resource.accessibility);
    this.primaryTags = primaryLanguages(resource.languages);
    const attendance = this.attendance;
    this.flags =
      // A record that names no attendance but has a place is taken to meet there.
      ((attendance & IN_PERSON_ATTENDANCE) !== 0 || (attendance === 0 && this.points.length > 0)
        ? IN_PERSON
        : 0) |
      (resource.kind === 'meeting' && resource.meetingAccess === 'closed' ? CLOSED_MEETING : 0) |
      ((circles & CIRCLE_BITS.bit.family) !== 0 || resource.serves === 'family-and-friends'
        ? FOR_FAMILIES
        : 0);
    this.circleMask = circles;
    return this;
  }

  get circles(): number {
    return this.masks().circleMask;
  }

  get concerns(): number {
    return this.masks().concernMask;
  }

  get approaches(): number {
    return this.masks().approachMask;
  }

  get audiences(): number {
    return this.masks().audienceMask;
  }

  get costs(): number {
    return this.masks().costMask;
  }

  get accessibility(): number {
    return this.masks().accessibilityMask;
  }

  get languages(): readonly string[] {
    return this.masks().primaryTags;
  }

  get inPerson(): boolean {
    return (this.masks().flags & IN_PERSON) !== 0;
  }

  get closedMeeting(): boolean {
    return (this.masks().flags & CLOSED_MEETING) !== 0;
  }

  get forFamilies(): boolean {
    return (this.masks().flags & FOR_FAMILIES) !== 0;
  }

  private get parts(): LazyParts {
    this.lazy ??= {};
    return this.lazy;
  }

  get schedule(): PrecomputedSchedule {
    const parts = this.parts;
    parts.schedule ??= precomputeSchedule(this.resource.schedule);
    return parts.schedule;
  }

  get foldedFellowship(): string {
    const parts = this.parts;
    parts.fellowship ??= foldText(this.resource.fellowship ?? '');
    return parts.fellowship;
  }

  private get foldedOwnName(): string {
    const parts = this.parts;
    parts.ownName ??= foldText(this.resource.name);
    return parts.ownName;
  }

  get foldedName(): string {
    const parts = this.parts;
    parts.name ??= `${this.foldedFellowship} ${this.foldedOwnName}`.trim();
    return parts.name;
  }

  get leadNames(): readonly string[] {
    const parts = this.parts;
    parts.leads ??= leadNamesIn(this.foldedName);
    return parts.leads;
  }

  get groupKey(): string {
    const parts = this.parts;
    parts.group ??= groupKeyOf(
      this.resource,
      organizationOf(this.resource),
      this.foldedFellowship,
      this.foldedOwnName,
    );
    return parts.group;
  }

  get verifiedAtMs(): number | undefined {
    const parts = this.parts;
    if (parts.verified === undefined) parts.verified = timeMs(this.resource.verification.verifiedAt) ?? null;
    return parts.verified ?? undefined;
  }

  get updatedAtMs(): number | undefined {
    const parts = this.parts;
    if (parts.updated === undefined) parts.updated = timeMs(this.resource.updatedAt) ?? null;
    return parts.updated ?? undefined;
  }
}

/**
 * Computes the indexed form of a resource, or of a stored one (parsed on first read of
 * anything but its outline); `intern` (from the index) fills the shared keys.
 */
export function indexResource(input: Resource | StoredResource, intern?: KeyInterner): IndexedResource {
  const entry = isStoredResource(input)
    ? new Entry(input.outline, undefined, input.json)
    : new Entry(input, input, undefined);
  if (intern !== undefined) assignSharedKeys(entry, intern);
  return entry;
}

/** Parses an entry's stored text when it is not parsed yet; whether it was. */
export function parseStoredEntry(entry: IndexedResource): boolean {
  return entry instanceof Entry && entry.parseStored();
}

/**
 * Fills a remote entry's shared keys (`scoreKey`, `scheduleKey`, `groupId`) through `intern`;
 * leaves any other entry's at −1. Signatures are long strings, so only remote resources,
 * the ones grouped, pay for them.
 */
export function assignSharedKeys(entry: IndexedResource, intern: KeyInterner): void {
  if (!(entry instanceof Entry) || !entry.remote) return;
  entry.groupId = intern('group', entry.groupKey);
  entry.scoreKey = intern('score', scoreSignature(entry));
  entry.scheduleKey = intern('schedule', scheduleSignature(entry.resource.schedule));
}

/** The folded words of a resource: of its name, and of everything text search reads. */
export interface ResourceWords {
  /** Words of the name (weighted higher). */
  readonly name: readonly string[];
  /** Words of name, description, fellowship, organization, group and city. */
  readonly all: readonly string[];
}

const wordsCache = new WeakMap<IndexedResource, ResourceWords>();

/**
 * The folded words of an indexed resource, worked out on first use and kept: only text
 * search needs them, and leaving them out of indexing keeps a bulk load fast.
 */
export function wordsOf(e: IndexedResource): ResourceWords {
  const known = wordsCache.get(e);
  if (known !== undefined) return known;
  const r = e.resource;
  const name = uniqueTokens([r.name]);
  const all = new Set(name);
  const org = organizationOf(r);
  for (const text of [
    r.description,
    r.fellowship,
    org.name,
    r.kind === 'meeting' ? r.groupName : undefined,
    r.location?.city,
    ...(r.kind === 'service' ? r.locations.map((l) => l.city) : []),
  ]) {
    if (text !== undefined) for (const token of tokenize(text)) all.add(token);
  }
  const words = { name, all: [...all] };
  wordsCache.set(e, words);
  return words;
}
