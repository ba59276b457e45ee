import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n.js';

/** A dialable number as published, e.g. "988" or "1-800-662-4357". */
export const DialStringSchema = z
  .string()
  .regex(/^[0-9A-Z][0-9A-Z-]*$/, 'digits, letters and dashes only, as published');

/** Digits only, for `tel:` and `sms:` links. */
export function dialDigits(number: string): string {
  return number.replace(/[^0-9]/g, '');
}

/** "Press 1 for the Veterans Crisis Line" on a call. */
export const MenuOptionSchema = z.object({
  press: z.string().regex(/^[0-9*#]$/),
  label: LocalizedTextSchema,
  /** Id of the line this option connects to, when it is a line of its own. */
  connectsTo: z.string().optional(),
  /** BCP 47 language this option serves, e.g. "es" for "press 2". */
  language: z.string().optional(),
});
export type MenuOption = z.infer<typeof MenuOptionSchema>;

export const CallChannelSchema = z.object({
  type: z.literal('call'),
  number: DialStringSchema,
  /** How the organization spells the number with letters, e.g. "1-800-662-HELP". */
  vanity: z.string().optional(),
  menu: z.array(MenuOptionSchema).default([]),
  note: LocalizedTextSchema.optional(),
});

export const TextChannelSchema = z.object({
  type: z.literal('text'),
  number: DialStringSchema,
  /** The word to send, when the line asks for one ("HOME", "START"). */
  keyword: z.string().optional(),
  note: LocalizedTextSchema.optional(),
});

export const ChatChannelSchema = z.object({
  type: z.literal('chat'),
  url: z.url({ protocol: /^https$/ }),
  note: LocalizedTextSchema.optional(),
});

export const VideophoneChannelSchema = z.object({
  type: z.literal('videophone'),
  number: DialStringSchema.optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
  /** Sign language served, e.g. "ase" (American Sign Language). */
  signLanguage: z.string().default('ase'),
  note: LocalizedTextSchema.optional(),
});

export const TtyChannelSchema = z.object({
  type: z.literal('tty'),
  number: DialStringSchema,
  note: LocalizedTextSchema.optional(),
});

/** One way to reach a line. */
export const ChannelSchema = z.discriminatedUnion('type', [
  CallChannelSchema,
  TextChannelSchema,
  ChatChannelSchema,
  VideophoneChannelSchema,
  TtyChannelSchema,
]);
export type Channel = z.infer<typeof ChannelSchema>;
export type ChannelType = Channel['type'];

/** Who a line is for, as tags the matching engine can reason about. */
export const CrisisAudienceSchema = z.enum([
  'anyone',
  'veterans',
  'lgbtq-youth',
  'families',
  'people-who-use-drugs',
  'parents',
]);
export type CrisisAudience = z.infer<typeof CrisisAudienceSchema>;

/** A crisis or help line with structured channels (988, SAMHSA's Helpline, …). */
export const CrisisLineSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** False for help lines that are not crisis lines (the NAMI HelpLine). */
  isCrisisLine: z.boolean(),
  /** Emergency services (911): shown apart, for immediate danger. */
  isEmergency: z.boolean().default(false),
  description: LocalizedTextSchema,
  forWhom: LocalizedTextSchema,
  audiences: z.array(CrisisAudienceSchema).min(1),
  /** Upper age limit of the audience, when the line states one (Trevor: under 25). */
  maxAge: z.number().int().positive().optional(),
  channels: z.array(ChannelSchema).min(1),
  hours: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('always') }),
    z.object({ kind: z.literal('varies'), text: LocalizedTextSchema }),
    z.object({
      kind: z.literal('weekly'),
      text: LocalizedTextSchema,
      /** IANA zone the opening hours are given in. */
      timeZone: z.string(),
      /** ISO weekdays 1 (Monday) to 7 (Sunday). */
      days: z.array(z.number().int().min(1).max(7)).min(1),
      opens: z.string().regex(/^\d{2}:\d{2}$/),
      closes: z.string().regex(/^\d{2}:\d{2}$/),
    }),
  ]),
  /** BCP 47 languages the line answers in directly. */
  languages: z.array(z.string()).min(1),
  /** Interpretation offered beyond `languages`, as published. */
  interpretation: LocalizedTextSchema.optional(),
  free: z.boolean().optional(),
  confidential: z.boolean().optional(),
  /** The organization's own page that publishes these facts. */
  source: z.url().nullable(),
  /** When a curator last confirmed the facts live; null until someone does. */
  verifiedAt: z.iso.datetime().nullable(),
});
export type CrisisLine = z.infer<typeof CrisisLineSchema>;
export type CrisisLineInput = z.input<typeof CrisisLineSchema>;
