import { z } from 'zod';
import { CrisisLineSchema } from '../crisis/crisis-line.js';

/** `GET /v1/crisis-lines`: every crisis and help line, never filtered. */
export const CrisisLinesResponseSchema = z.object({
  data: z.array(CrisisLineSchema),
});
export type CrisisLinesResponse = z.infer<typeof CrisisLinesResponseSchema>;
