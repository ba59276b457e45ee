import { z } from 'zod';
import { ChannelSchema } from '../crisis/crisis-line.js';
import { LocalizedTextSchema } from '../i18n.js';
import { LevelOfCareSchema } from '../vocab/levels-of-care.js';
import { MedicationSchema } from '../vocab/medications.js';
import { LocationSchema } from './location.js';
import { ResourceIdSchema, WebUrlSchema } from './primitives.js';
import { ResourceBaseSchema } from './resource-base.js';

/**
 * Who may attend a meeting: `open` to anyone, including family and friends; `closed` to
 * people who have the problem (or, for family groups, are affected by it); `unknown` when
 * the source does not say.
 */
export const MeetingAccessSchema = z.enum(['open', 'closed', 'unknown']);
/** Who may attend a meeting. */
export type MeetingAccess = z.infer<typeof MeetingAccessSchema>;

/** A recurring mutual-help meeting. */
export const MeetingSchema = ResourceBaseSchema.extend({
  kind: z.literal('meeting'),
  meetingAccess: MeetingAccessSchema.default('unknown'),
  /** The group's name when it differs from the meeting's. */
  groupName: z.string().trim().min(1).optional(),
  /** Meeting Guide type codes as the feed gave them ("O", "D", "BE", "ONL"…), kept for export. */
  typeCodes: z.array(z.string().trim().min(1).max(20)).default([]),
});
/** A recurring mutual-help meeting. */
export type Meeting = z.infer<typeof MeetingSchema>;

/** A service or program of an organization, at one or more locations or online. */
export const ServiceSchema = ResourceBaseSchema.extend({
  kind: z.literal('service'),
  organizationId: ResourceIdSchema.optional(),
  organizationName: z.string().trim().min(1).optional(),
  /** Every place the service is offered; `location` is the main one when there is one. */
  locations: z.array(LocationSchema).default([]),
});
/** A service or program of an organization. */
export type Service = z.infer<typeof ServiceSchema>;

/** Whether a provider is one person or a facility. */
export const ProviderTypeSchema = z.enum(['practitioner', 'facility']);
/** Whether a provider is one person or a facility. */
export type ProviderType = z.infer<typeof ProviderTypeSchema>;

/** A practitioner or a treatment facility. Insurance taken is in `cost`. */
export const ProviderSchema = ResourceBaseSchema.extend({
  kind: z.literal('provider'),
  providerType: ProviderTypeSchema,
  levelsOfCare: z.array(LevelOfCareSchema).default([]),
  /** Medications for opioid or alcohol use disorder it offers or prescribes. */
  medications: z.array(MedicationSchema).default([]),
  /** Licenses as published, e.g. "LCSW", "MD". */
  credentials: z.array(z.string().trim().min(1).max(40)).default([]),
  organizationId: ResourceIdSchema.optional(),
  organizationName: z.string().trim().min(1).optional(),
});
/** A practitioner or a treatment facility. */
export type Provider = z.infer<typeof ProviderSchema>;

/** A help line reached by structured channels, like the crisis lines. */
export const HotlineSchema = ResourceBaseSchema.extend({
  kind: z.literal('hotline'),
  channels: z.array(ChannelSchema).min(1),
  /** False for help lines that are not crisis lines. */
  isCrisisLine: z.boolean(),
  /** Emergency services (911). */
  isEmergency: z.boolean().default(false),
  /** The id in `CRISIS_LINES` this record was made from, when it was. */
  crisisLineId: z.string().min(1).optional(),
  /** Upper age limit, when the line states one. */
  maxAge: z.number().int().positive().optional(),
  forWhom: LocalizedTextSchema.optional(),
  /** Hours in words, for hours a schedule cannot say ("most areas 24/7"). */
  hoursNote: LocalizedTextSchema.optional(),
  /** Interpretation offered beyond `languages`. */
  interpretation: LocalizedTextSchema.optional(),
});
/** A help line. */
export type Hotline = z.infer<typeof HotlineSchema>;

/** A website, forum or app where people support each other. */
export const OnlineCommunitySchema = ResourceBaseSchema.extend({
  kind: z.literal('online-community'),
  url: WebUrlSchema,
});
/** An online community. */
export type OnlineCommunity = z.infer<typeof OnlineCommunitySchema>;
