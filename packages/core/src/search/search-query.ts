import { z } from 'zod';
import { LatLngSchema } from '../geo/lat-lng.js';
import { DEFAULT_RADIUS, DistanceUnitSchema } from '../model/needs-profile.js';
import { DateTimeSchema, LanguageTagSchema } from '../model/primitives.js';
import { ResourceStatusSchema } from '../model/provenance.js';
import {
  ClosingTimeSchema,
  DayOfWeekSchema,
  LocalTimeSchema,
  TimeZoneSchema,
} from '../schedule/schedule-schema.js';
import { ApproachSchema } from '../vocab/approaches.js';
import { AttendanceModeSchema } from '../vocab/attendance.js';
import { AudienceSchema } from '../vocab/audiences.js';
import { CircleSchema } from '../vocab/circles.js';
import { ConcernSchema } from '../vocab/concerns.js';
import { CostSchema } from '../vocab/costs.js';
import { ResourceKindSchema } from '../vocab/resource-kinds.js';

/** How search results are ordered. */
export const SearchSortSchema = z.enum(['relevance', 'distance', 'next']);
/** How search results are ordered. */
export type SearchSort = z.infer<typeof SearchSortSchema>;

/** Most results one page may hold. */
export const MAX_SEARCH_LIMIT = 100;

/**
 * A directory search. Lists mean "any of"; different filters must all hold. A concern also
 * finds resources listing its general term ("alcohol" finds "any substance use"); attendance
 * `online` or `in-person` also finds `hybrid`. `day` and the time window read each meeting's
 * start on the wall clock of `timeZone`, or of the meeting's own zone when none is given.
 */
export const SearchQuerySchema = z
  .object({
    /** Words to find in the name, description, fellowship, organization or city; the last may be partial. */
    q: z.string().trim().min(1).max(200).optional(),
    circle: z.array(CircleSchema).optional(),
    kind: z.array(ResourceKindSchema).optional(),
    /** Only resources with a location within `radius` of this point. */
    near: LatLngSchema.optional(),
    radius: z.number().positive().max(500).default(DEFAULT_RADIUS),
    radiusUnit: DistanceUnitSchema.default('mi'),
    concerns: z.array(ConcernSchema).optional(),
    approaches: z.array(ApproachSchema).optional(),
    audiences: z.array(AudienceSchema).optional(),
    /** BCP 47 tags; compared by primary language ("es-MX" finds "es"). */
    languages: z.array(LanguageTagSchema).optional(),
    attendance: z.array(AttendanceModeSchema).optional(),
    cost: z.array(CostSchema).optional(),
    /** 0 = Sunday … 6 = Saturday. */
    day: DayOfWeekSchema.optional(),
    timeFrom: LocalTimeSchema.optional(),
    timeTo: ClosingTimeSchema.optional(),
    timeZone: TimeZoneSchema.optional(),
    /** Only what is happening or open at `now`. */
    inProgress: z.boolean().optional(),
    /** Only what starts within this many minutes of `now` (not what is already in progress). */
    startingWithin: z
      .number()
      .int()
      .positive()
      .max(7 * 1440)
      .optional(),
    /** Only records changed after this instant. */
    updatedAfter: DateTimeSchema.optional(),
    /** Statuses to include; active only unless asked. */
    status: z.array(ResourceStatusSchema).min(1).default(['active']),
    sort: SearchSortSchema.default('relevance'),
    limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).default(20),
    /** The `nextCursor` of the previous page. */
    cursor: z.string().min(1).max(200).optional(),
  })
  .refine((q) => q.sort !== 'distance' || q.near !== undefined, {
    message: 'sorting by distance needs `near`',
    path: ['sort'],
  })
  .refine((q) => q.timeFrom === undefined || q.timeTo === undefined || q.timeFrom < q.timeTo, {
    message: '`timeTo` must be after `timeFrom`',
    path: ['timeTo'],
  });
/** A directory search, with defaults filled in. */
export type SearchQuery = z.infer<typeof SearchQuerySchema>;
/** A directory search as sent: only what is asked. */
export type SearchQueryInput = z.input<typeof SearchQuerySchema>;

/** A query-string value: one string, or the same key repeated. */
const param = z.union([z.string(), z.array(z.string())]).optional();

function list(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
  return items.length > 0 ? items : undefined;
}

function single(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[value.length - 1] : value;
  const trimmed = v?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** A number as written, or the text itself so the schema reports it. */
function numeric(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return value !== '' && Number.isFinite(n) ? n : value;
}

function flag(value: string | undefined): boolean | string | undefined {
  if (value === undefined) return undefined;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
}

function point(
  value: string | undefined,
): { lat: number | string; lng: number | string } | string | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(',');
  if (parts.length !== 2) return value;
  return { lat: numeric(parts[0]?.trim()) ?? '', lng: numeric(parts[1]?.trim()) ?? '' };
}

/**
 * The search as query-string parameters (`GET /v1/resources`): comma lists or repeated keys
 * (`concerns=alcohol,opioids`), `near=lat,lng`, `radius`, `radius_unit`, `time_from`,
 * `time_to`, `time_zone`, `in_progress=true`, `starting_within=30`, `updated_after`, `day`,
 * `sort`, `limit`, `cursor`. Parses into a {@link SearchQuery}; wrong values fail with the
 * path of the query field.
 */
export const SearchQueryParamsSchema = z
  .object({
    q: param,
    circle: param,
    kind: param,
    near: param,
    radius: param,
    radius_unit: param,
    concerns: param,
    approaches: param,
    audiences: param,
    languages: param,
    attendance: param,
    cost: param,
    day: param,
    time_from: param,
    time_to: param,
    time_zone: param,
    in_progress: param,
    starting_within: param,
    updated_after: param,
    status: param,
    sort: param,
    limit: param,
    cursor: param,
  })
  .transform((p) => {
    const raw = {
      q: single(p.q),
      circle: list(p.circle),
      kind: list(p.kind),
      near: point(single(p.near)),
      radius: numeric(single(p.radius)),
      radiusUnit: single(p.radius_unit),
      concerns: list(p.concerns),
      approaches: list(p.approaches),
      audiences: list(p.audiences),
      languages: list(p.languages),
      attendance: list(p.attendance),
      cost: list(p.cost),
      day: numeric(single(p.day)),
      timeFrom: single(p.time_from),
      timeTo: single(p.time_to),
      timeZone: single(p.time_zone),
      inProgress: flag(single(p.in_progress)),
      startingWithin: numeric(single(p.starting_within)),
      updatedAfter: single(p.updated_after),
      status: list(p.status),
      sort: single(p.sort),
      limit: numeric(single(p.limit)),
      cursor: single(p.cursor),
    };
    // Absent parameters are left out so the query schema's defaults apply.
    return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  })
  .pipe(SearchQuerySchema);
