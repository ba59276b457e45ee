import { z } from 'zod';
import { ResourceIdSchema } from '../model/primitives.js';
import { ResourceSchema } from '../model/resource.js';

/** A coming occurrence of a meeting or opening, as UTC instants. */
export const UpcomingOccurrenceSchema = z.object({
  start: z.iso.datetime(),
  end: z.iso.datetime(),
});
export type UpcomingOccurrence = z.infer<typeof UpcomingOccurrenceSchema>;

/** `GET /v1/resources/:id` path parameters. */
export const ResourceParamsSchema = z.object({ id: ResourceIdSchema });

/** `GET /v1/resources/:id`: everything public about one resource, with its next occurrences. */
export const ResourceResponseSchema = z.object({
  data: ResourceSchema,
  nextOccurrences: z.array(UpcomingOccurrenceSchema),
});
export type ResourceResponse = z.infer<typeof ResourceResponseSchema>;
