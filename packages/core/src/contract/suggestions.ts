import { z } from 'zod';
import { ResourceIdSchema } from '../model/primitives.js';

/** One field-level change a visitor proposes: which field, and what it should say. */
export const ProposedChangeSchema = z.object({
  /** A dotted path into the resource, e.g. "name", "schedule.slots.0.start", "contact". */
  field: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/, 'a dotted field path such as "location.street"'),
  /** What it should say, in the visitor's words. */
  proposed: z.string().trim().max(2000),
});
export type ProposedChange = z.infer<typeof ProposedChangeSchema>;

/**
 * `POST /v1/suggestions`: "suggest a resource" (no `resourceId`) or "report a problem" with a
 * resource. `website` is a honeypot: people never see it, so a filled one marks a bot.
 */
export const SuggestionRequestSchema = z
  .object({
    type: z.enum(['new-resource', 'problem']),
    resourceId: ResourceIdSchema.optional(),
    changes: z.array(ProposedChangeSchema).max(50).default([]),
    message: z.string().trim().max(5000).optional(),
    website: z.string().max(500).optional(),
  })
  .refine((s) => s.type === 'new-resource' || s.resourceId !== undefined, {
    message: 'a problem report names the resource (`resourceId`)',
    path: ['resourceId'],
  })
  .refine((s) => s.changes.length > 0 || (s.message?.length ?? 0) > 0, {
    message: 'say what to change: `changes` or a `message`',
    path: ['changes'],
  });
export type SuggestionRequest = z.input<typeof SuggestionRequestSchema>;

/** The stored suggestion, pending review. */
export const SuggestionReceiptSchema = z.object({
  id: z.string(),
  status: z.literal('pending'),
  receivedAt: z.iso.datetime(),
});
export type SuggestionReceipt = z.infer<typeof SuggestionReceiptSchema>;
