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

/** `GET /v1/resources`: one page of hits; `nextCursor` fetches the next. */
export const SearchResponseSchema = z.object({
  data: z.array(SearchHitSchema),
  total: z.number().int().nonnegative(),
  nextCursor: z.string().nullable(),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
