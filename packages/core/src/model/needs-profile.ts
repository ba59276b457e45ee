import { z } from 'zod';
import {
  ClosingTimeSchema,
  DayOfWeekSchema,
  LocalTimeSchema,
  TimeZoneSchema,
} from '../schedule/schedule-schema.js';
import { AccessibilityFeatureSchema } from '../vocab/accessibility.js';
import { AgeGroupSchema } from '../vocab/age-groups.js';
import { ApproachSchema } from '../vocab/approaches.js';
import { AttendanceModeSchema } from '../vocab/attendance.js';
import { AudienceSchema } from '../vocab/audiences.js';
import { ConcernSchema } from '../vocab/concerns.js';
import { CostSchema } from '../vocab/costs.js';
import { LevelOfCareSchema } from '../vocab/levels-of-care.js';
import { MedicationSchema } from '../vocab/medications.js';
import { RelationshipSchema } from '../vocab/relationships.js';
import { UrgencySchema } from '../vocab/urgency.js';
import { CoordinatesSchema } from './location.js';
import { LanguageTagSchema } from './primitives.js';

/** Whether the visitor looks for themselves or for someone they care about. */
export const ForWhomSchema = z.enum(['me', 'someone-i-care-about']);
/** Whether the visitor looks for themselves or for someone they care about. */
export type ForWhom = z.infer<typeof ForWhomSchema>;

/** A US ZIP code, 5 digits. */
export const ZipCodeSchema = z.string().regex(/^[0-9]{5}$/, 'a 5-digit ZIP code');

/**
 * Where the visitor is: a ZIP code, a place written "City, ST", or coordinates from the
 * device. Exactly one shape; extra keys are refused so the shapes cannot be mixed.
 */
export const WhereSchema = z.union([
  z.strictObject({ zip: ZipCodeSchema }),
  z.strictObject({ place: z.string().trim().min(2).max(120) }),
  z.strictObject(CoordinatesSchema.shape),
]);
/** Where the visitor is. */
export type Where = z.infer<typeof WhereSchema>;

/** A distance unit. */
export const DistanceUnitSchema = z.enum(['mi', 'km']);
/** A distance unit. */
export type DistanceUnit = z.infer<typeof DistanceUnitSchema>;

/** The search radius used when the visitor does not choose one. */
export const DEFAULT_RADIUS = 10;

/** A time the visitor is free each week, in their own zone: `from` up to `to` on `day` (0 = Sunday). */
export const FreeTimeSchema = z
  .object({ day: DayOfWeekSchema, from: LocalTimeSchema, to: ClosingTimeSchema })
  .refine((slot) => slot.from < slot.to, { message: '`to` must be after `from`', path: ['to'] });
/** A time the visitor is free each week. */
export type FreeTime = z.infer<typeof FreeTimeSchema>;

/** What the visitor can or must pay. */
export const CostLimitsSchema = z.object({
  /** Only resources with no charge (free or donation). */
  mustBeFree: z.boolean().default(false),
  /** Ways the visitor can pay: their insurance ids, or `self-pay`. */
  insurance: z.array(CostSchema).default([]),
  /** The visitor has no health insurance. */
  uninsured: z.boolean().default(false),
});
/** What the visitor can or must pay. */
export type CostLimits = z.infer<typeof CostLimitsSchema>;

/**
 * What a visitor tells: who the help is for, what it is about, where and when, and what
 * matters to them. Every field is optional; `{}` parses to a valid profile with defaults.
 */
export const NeedsProfileSchema = z.object({
  forWhom: ForWhomSchema.default('me'),
  /** How the visitor is related to the person they care about. */
  relationship: RelationshipSchema.optional(),
  concerns: z.array(ConcernSchema).default([]),
  where: WhereSchema.optional(),
  radius: z.number().positive().max(500).default(DEFAULT_RADIUS),
  radiusUnit: DistanceUnitSchema.default('mi'),
  /** Show only what can be joined without travel (online or phone). */
  onlineOnly: z.boolean().default(false),
  /** Ways of attending the visitor is open to; empty means any. */
  attendance: z.array(AttendanceModeSchema).default([]),
  /** Languages the visitor is comfortable in, most preferred first. */
  languages: z.array(LanguageTagSchema).default([]),
  /** When true, a resource must offer one of `languages`. */
  languageRequired: z.boolean().default(false),
  /** Groups the visitor belongs to or would like (e.g. `veterans`, `women`). */
  audiences: z.array(AudienceSchema).default([]),
  /** The audiences a resource must be for; they count as wishes too, so need not be repeated in `audiences`. */
  requiredAudiences: z.array(AudienceSchema).default([]),
  /** Preferred approaches, or `not-sure` to see a mix. */
  approaches: z.union([z.literal('not-sure'), z.array(ApproachSchema)]).default('not-sure'),
  cost: CostLimitsSchema.prefault({}),
  /** Medications the visitor takes or wants (for professionals and medication-friendly groups). */
  medications: z.array(MedicationSchema).default([]),
  levelsOfCare: z.array(LevelOfCareSchema).default([]),
  /** Features the visitor needs. */
  accessibility: z.array(AccessibilityFeatureSchema).default([]),
  /** Weekly times the visitor is free; empty means any time. */
  availability: z.array(FreeTimeSchema).default([]),
  /** The visitor's IANA zone, for showing times and reading `availability`. */
  timeZone: TimeZoneSchema.optional(),
  urgency: UrgencySchema.default('exploring'),
  /** Age group of the person the help is for. */
  ageGroup: AgeGroupSchema.optional(),
});
/** What a visitor tells, with defaults filled in. */
export type NeedsProfile = z.infer<typeof NeedsProfileSchema>;
/** What a visitor tells, as sent: every field may be left out. */
export type NeedsProfileInput = z.input<typeof NeedsProfileSchema>;
