import { z } from 'zod';

/**
 * Why a resource was matched. Each reason carries parameters for the words, e.g.
 * `distance {miles}`, `next-meeting {at, timeZone}`, `starting-soon {minutes}`,
 * `language {language}`, `audience {audience}`, `approach {approach}`, `concern {concern}`,
 * `insurance {cost}`, `medication {medication}`, `level-of-care {levelOfCare}`,
 * `verified-recently {days}`, `not-verified {}`, `crisis-in-spanish {press}`.
 */
export const ReasonCodeSchema = z.enum([
  // Where and when
  'distance',
  'near-you',
  'next-meeting',
  'in-progress',
  'starting-soon',
  'open-now',
  'open-24-7',
  'by-appointment',
  'fits-your-time',
  // How to take part
  'online',
  'in-person',
  'hybrid',
  'phone',
  // Fit
  'concern',
  'language',
  'audience',
  'approach',
  'accessibility',
  'age',
  'fellowship',
  'open-meeting',
  // Cost
  'free',
  'donation',
  'sliding-scale',
  'cost',
  'insurance',
  'accepts-uninsured',
  // Care
  'medication',
  'medication-supportive',
  'level-of-care',
  'telehealth',
  // Family circle
  'for-families',
  'family-lead',
  'craft',
  'grief-support',
  // Trust
  'verified-recently',
  'not-verified',
  'national-program',
  // Crisis lines
  'crisis-24-7',
  'crisis-call',
  'crisis-text',
  'crisis-chat',
  'crisis-asl',
  'crisis-tty',
  'crisis-for-veterans',
  'crisis-for-lgbtq-youth',
  'crisis-in-spanish',
  'crisis-for-people-who-use-drugs',
  'crisis-for-families',
  'helpline-not-crisis',
  'emergency',
]);
/** Why a resource was matched. */
export type ReasonCode = z.infer<typeof ReasonCodeSchema>;

/**
 * A wish a matched resource does not meet, or that its record does not speak to
 * (`*-unknown`), e.g. `too-far {miles, radius}`, `language-not-offered {language}`,
 * `schedule-conflict {}`.
 */
export const UnmetCodeSchema = z.enum([
  'too-far',
  'distance-unknown',
  'not-online',
  'not-in-person',
  'attendance-unknown',
  'schedule-conflict',
  'schedule-unknown',
  'concern-not-listed',
  'language-not-offered',
  'language-unknown',
  'audience-not-matched',
  'approach-different',
  'approach-unknown',
  'not-free',
  'cost-unknown',
  'insurance-not-accepted',
  'insurance-unknown',
  'medication-not-offered',
  'level-of-care-not-offered',
  'accessibility-not-offered',
  'accessibility-unknown',
  'age-not-served',
  'not-verified',
  'temporarily-closed',
]);
/** A wish a matched resource does not meet or does not speak to. */
export type UnmetCode = z.infer<typeof UnmetCodeSchema>;

/** Why a section or the whole result was widened beyond what the visitor asked. */
export const WidenedReasonCodeSchema = z.enum([
  'radius-expanded',
  'online-added',
  'national-added',
  'preferences-relaxed',
  'no-location-given',
]);
/** Why a section or the whole result was widened. */
export type WidenedReasonCode = z.infer<typeof WidenedReasonCodeSchema>;

/** Messages about the result as a whole. */
export const NoticeCodeSchema = z.enum([
  'crisis-first',
  'location-not-found',
  'no-location-given',
  'few-results',
  'no-results-in-circle',
  'closed-meetings-left-out',
  'times-in-your-zone',
  'emergency-call-911',
]);
/** Messages about the result as a whole. */
export type NoticeCode = z.infer<typeof NoticeCodeSchema>;
