import { z } from 'zod';
import { ResourceSchema } from '../model/resource.js';
import { UpcomingOccurrenceSchema } from './resource.js';

/** One search hit: the public view of a resource, with distance and timing when they apply. */
export const SearchHitSchema = z.object({
  resource: ResourceSchema,
  /** Kilometres from `near`, when the search had one and the resource has a public place. */
  distanceKm: z.number().nonnegative().optional(),
  nextOccurrence: UpcomingOccurrenceSchema.optional(),
  timing: z.enum(['in-progress', 'starting-soon', 'later', 'none']).optional(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

const text = (description: string) => z.string().optional().describe(description);

/**
 * `GET /v1/resources` query parameters as sent: lists are comma-separated. Where to search is
 * `near=lat,lng`, `zip` or `place` ("City, ST"). Parsed into core's `SearchQuery`.
 */
export const ResourcesQueryParamsSchema = z.object({
  q: text('Words to find in names, descriptions, fellowships, organizations or cities'),
  circle: text('Circles: family, peers, professionals, crisis'),
  kind: text('Kinds: meeting, service, provider, hotline, online-community'),
  near: text('"lat,lng" to search around'),
  zip: text('A US ZIP code to search around'),
  place: text('"City, ST" to search around'),
  radius: text('How far from the point (default 10)'),
  unit: text('mi (default) or km'),
  concerns: text('Concern ids, e.g. alcohol,opioids'),
  approaches: text('Approach ids'),
  audiences: text('Audience ids'),
  languages: text('BCP 47 language tags, e.g. es'),
  attendance: text('in-person, online, hybrid, phone'),
  cost: text('Cost ids, e.g. free,medicaid'),
  day: text('0 (Sunday) to 6 (Saturday)'),
  time_from: text('HH:MM, on the clock of time_zone'),
  time_to: text('HH:MM, on the clock of time_zone'),
  time_zone: text('IANA zone the day and times are read in'),
  in_progress: text('true: only what is happening now'),
  starting_within: text('Minutes: only what starts this soon'),
  updated_after: text('ISO date-time: only records changed after it'),
  status: text('Statuses (default active)'),
  sort: text('relevance (default), distance or next'),
  limit: text('Results per page, 1–100 (default 20)'),
  cursor: text('nextCursor of the previous page'),
});
export type ResourcesQueryParams = z.infer<typeof ResourcesQueryParamsSchema>;

/** `GET /v1/resources`: one page of hits; `nextCursor` fetches the next. */
export const SearchResponseSchema = z.object({
  data: z.array(SearchHitSchema),
  total: z.number().int().nonnegative(),
  nextCursor: z.string().nullable(),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
