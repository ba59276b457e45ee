import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n.js';
import { ScheduleSchema } from '../schedule/schedule-schema.js';
import { AccessibilityFeatureSchema } from '../vocab/accessibility.js';
import { ApproachSchema } from '../vocab/approaches.js';
import { AttendanceModeSchema } from '../vocab/attendance.js';
import { AudienceSchema } from '../vocab/audiences.js';
import { CircleSchema } from '../vocab/circles.js';
import { ConcernSchema } from '../vocab/concerns.js';
import { CostSchema } from '../vocab/costs.js';
import { ServesSchema } from '../vocab/serves.js';
import { ContactChannelSchema } from './contact.js';
import { LocationSchema } from './location.js';
import { OnlineJoinSchema } from './online-join.js';
import { DateTimeSchema, LanguageTagSchema, ResourceIdSchema, SlugSchema } from './primitives.js';
import { ProvenanceSchema, ResourceStatusSchema, VerificationSchema } from './provenance.js';

/*
 * Empty lists mean "not stated", not "none": the matching engine reports an unknown
 * instead of treating a record as failing a wish it never spoke to.
 */

/** The fields every kind of resource shares. Extended by each kind's schema. */
export const ResourceBaseSchema = z.object({
  id: ResourceIdSchema,
  slug: SlugSchema,
  name: z.string().trim().min(1).max(300),
  /** Plain text as the source wrote it, in the source's language. */
  description: z.string().trim().min(1).max(5000).optional(),
  /** Curated text in every UI language, shown instead of `description` when present. */
  localizedDescription: LocalizedTextSchema.optional(),
  circles: z.array(CircleSchema).min(1),
  serves: ServesSchema,
  /** The mutual-help fellowship it belongs to, by its common short name: "AA", "Al-Anon", "NA", "SMART". */
  fellowship: z.string().trim().min(1).max(80).optional(),
  concerns: z.array(ConcernSchema).default([]),
  approaches: z.array(ApproachSchema).default([]),
  audiences: z.array(AudienceSchema).default([]),
  /** BCP 47 tags of the languages it is offered in. */
  languages: z.array(LanguageTagSchema).default([]),
  attendance: z.array(AttendanceModeSchema).default([]),
  /** Absent for national and online-only resources. */
  location: LocationSchema.optional(),
  schedule: ScheduleSchema.optional(),
  cost: z.array(CostSchema).default([]),
  accessibility: z.array(AccessibilityFeatureSchema).default([]),
  contact: z.array(ContactChannelSchema).default([]),
  online: OnlineJoinSchema.optional(),
  provenance: ProvenanceSchema,
  verification: VerificationSchema.default({ verifiedAt: null }),
  status: ResourceStatusSchema.default('active'),
  /** Set by the store when the record is saved; absent on records not stored yet. */
  createdAt: DateTimeSchema.optional(),
  updatedAt: DateTimeSchema.optional(),
  /** Source codes with no vocabulary term yet, kept so nothing imported is lost. */
  tags: z.array(z.string().trim().min(1).max(120)).default([]),
});
