import { z } from 'zod';
import { ResourceIdSchema, WebUrlSchema } from './primitives.js';

/** An organization that runs services: a treatment center, a recovery community organization, a county. */
export const OrganizationSchema = z.object({
  id: ResourceIdSchema,
  name: z.string().trim().min(1),
  url: WebUrlSchema.optional(),
  /** Its general contact address. */
  email: z.email().optional(),
  /** Plain text. */
  description: z.string().trim().min(1).optional(),
});
/** An organization that runs services. */
export type Organization = z.infer<typeof OrganizationSchema>;
