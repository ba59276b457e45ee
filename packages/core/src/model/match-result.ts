import { z } from 'zod';
import { CrisisLineSchema } from '../crisis/crisis-line.js';
import { LocalizedTextSchema } from '../i18n.js';
import { CircleSchema } from '../vocab/circles.js';
import {
  NoticeCodeSchema,
  ReasonCodeSchema,
  UnmetCodeSchema,
  WidenedReasonCodeSchema,
} from './match-codes.js';
import { DistanceUnitSchema } from './needs-profile.js';
import { CodeParamsSchema, DateTimeSchema, ResourceIdSchema } from './primitives.js';
import { ResourceSchema } from './resource.js';

/** One reason a resource fits: a code, its parameters, and the words ready to show. */
export const MatchReasonSchema = z.object({
  code: ReasonCodeSchema,
  params: CodeParamsSchema.default({}),
  text: LocalizedTextSchema,
});
/** One reason a resource fits. */
export type MatchReason = z.infer<typeof MatchReasonSchema>;

/** One wish a resource does not meet: a code, its parameters, and the words ready to show. */
export const UnmetWishSchema = z.object({
  code: UnmetCodeSchema,
  params: CodeParamsSchema.default({}),
  text: LocalizedTextSchema,
});
/** One wish a resource does not meet. */
export type UnmetWish = z.infer<typeof UnmetWishSchema>;

/** The circles a result has sections for; crisis lines have a list of their own. */
export const SectionCircleSchema = CircleSchema.exclude(['crisis']);
/** A circle a result has a section for. */
export type SectionCircle = z.infer<typeof SectionCircleSchema>;

/** One matched resource in a circle. */
export const MatchItemSchema = z.object({
  resourceId: ResourceIdSchema,
  /** The public view of the resource, when the response embeds it. */
  resource: ResourceSchema.optional(),
  circle: SectionCircleSchema,
  /** 0 (weakest) to 1 (best fit). */
  score: z.number().min(0).max(1),
  reasons: z.array(MatchReasonSchema).default([]),
  unmet: z.array(UnmetWishSchema).default([]),
  /** True when a family member searched and this is for the person they care about, not for them. */
  forPersonYouCareAbout: z.boolean().default(false),
});
/** One matched resource in a circle. */
export type MatchItem = z.infer<typeof MatchItemSchema>;

/** The best few resources of one circle. */
export const CircleSectionSchema = z.object({
  items: z.array(MatchItemSchema).default([]),
  /** How many resources matched in all, before the section was cut to its best few. */
  total: z.number().int().min(0),
  hasMore: z.boolean(),
  /** Set when the section had to look beyond the visitor's wishes to fill. */
  widenedReason: WidenedReasonCodeSchema.optional(),
});
/** The best few resources of one circle. */
export type CircleSection = z.infer<typeof CircleSectionSchema>;

/** A crisis line in the result: always present, ordered, with reasons it suits the visitor. */
export const MatchedCrisisLineSchema = z.object({
  lineId: z.string().min(1),
  /** The line itself, when the response embeds it. */
  line: CrisisLineSchema.optional(),
  /** The hotline resource made from this line, when there is one. */
  resourceId: ResourceIdSchema.optional(),
  reasons: z.array(MatchReasonSchema).default([]),
  /** The one line to show first. */
  featured: z.boolean().default(false),
});
/** A crisis line in the result. */
export type MatchedCrisisLine = z.infer<typeof MatchedCrisisLineSchema>;

/** A message about the result as a whole. */
export const MatchNoticeSchema = z.object({
  code: NoticeCodeSchema,
  params: CodeParamsSchema.default({}),
  text: LocalizedTextSchema,
});
/** A message about the result as a whole. */
export type MatchNotice = z.infer<typeof MatchNoticeSchema>;

/** How the whole search was widened, when it was. */
export const WidenedSchema = z.object({
  reasons: z.array(WidenedReasonCodeSchema).min(1),
  /** The radius asked for and the one used. */
  radius: z
    .object({ from: z.number().positive(), to: z.number().positive(), unit: DistanceUnitSchema })
    .optional(),
});
/** How the whole search was widened. */
export type Widened = z.infer<typeof WidenedSchema>;

/** The support network found for a needs profile: crisis lines first, then the best few per circle. */
export const MatchResultSchema = z.object({
  generatedAt: DateTimeSchema,
  crisis: z.array(MatchedCrisisLineSchema).min(1),
  circles: z.object({
    family: CircleSectionSchema,
    peers: CircleSectionSchema,
    professionals: CircleSectionSchema,
  }),
  widened: WidenedSchema.optional(),
  notices: z.array(MatchNoticeSchema).default([]),
});
/** The support network found for a needs profile. */
export type MatchResult = z.infer<typeof MatchResultSchema>;
/** A match result as built by an engine: defaulted fields may be left out. */
export type MatchResultInput = z.input<typeof MatchResultSchema>;
