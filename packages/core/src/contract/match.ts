import { z } from 'zod';
import { MatchResultSchema } from '../model/match-result.js';
import { NeedsProfileSchema } from '../model/needs-profile.js';

/** `POST /v1/match`: a needs profile. Nothing in it is stored or logged. */
export const MatchRequestSchema = NeedsProfileSchema;

/**
 * The network for the profile. Items embed the public view of their resource and crisis
 * entries embed their line, so one answer is enough to show the whole page. `origin` is the
 * place the search was centred on, rounded to about 1 km.
 */
export const MatchResponseSchema = z.object({
  data: MatchResultSchema,
  origin: z.object({ label: z.string(), lat: z.number(), lng: z.number() }).nullable(),
});
export type MatchResponse = z.infer<typeof MatchResponseSchema>;
