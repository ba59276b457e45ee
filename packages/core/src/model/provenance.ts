import { z } from 'zod';
import { DateTimeSchema, WebUrlSchema } from './primitives.js';

/** Where a record's facts came from. */
export const ProvenanceSchema = z.object({
  /**
   * Who published the facts: a feed's name, an organization's official address as written
   * in the facts (e.g. "al-anon.org"), or "curator" for records typed in by staff.
   */
  source: z.string().trim().min(1),
  /** The page or feed the facts were read from. */
  sourceUrl: WebUrlSchema.optional(),
  /** The record's id in the source, kept to match it on the next import. */
  externalId: z.string().min(1).optional(),
  /** The import run that last wrote the record. */
  importBatchId: z.string().min(1).optional(),
  importedAt: DateTimeSchema.optional(),
  /**
   * When the source says it last changed the record (a Meeting Guide `updated`), kept apart
   * from `verification`: a feed's edit date is not a confirmation.
   */
  sourceUpdatedAt: DateTimeSchema.optional(),
});
/** Where a record's facts came from. */
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** How a curator confirmed a record. `import` means only that a feed said so. */
export const VerificationMethodSchema = z.enum(['phone', 'email', 'website', 'in-person', 'import']);
/** How a curator confirmed a record. */
export type VerificationMethod = z.infer<typeof VerificationMethodSchema>;

/** When and how a record was last confirmed. `verifiedAt` null shows "not yet verified". */
export const VerificationSchema = z.object({
  verifiedAt: DateTimeSchema.nullable(),
  /** A curator's name or id; null when unknown. */
  verifiedBy: z.string().min(1).nullable().optional(),
  method: VerificationMethodSchema.nullable().optional(),
});
/** When and how a record was last confirmed. */
export type Verification = z.infer<typeof VerificationSchema>;

/** Whether a resource is running. Inactive records are kept for history but never matched. */
export const ResourceStatusSchema = z.enum(['active', 'temporarily-closed', 'inactive']);
/** Whether a resource is running. */
export type ResourceStatus = z.infer<typeof ResourceStatusSchema>;
