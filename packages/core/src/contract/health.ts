import { z } from 'zod';

export const HealthResponseSchema = z.object({ status: z.literal('ok') });
export const ReadyResponseSchema = z.object({
  status: z.enum(['ready', 'starting']),
  checks: z.record(z.string(), z.enum(['ok', 'failing'])),
});
export type ReadyResponse = z.infer<typeof ReadyResponseSchema>;
