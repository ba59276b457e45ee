import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n.js';
import { PhoneNumberSchema, WebUrlSchema } from './primitives.js';

const channelText = {
  /** The organization's own words for this channel, e.g. "Main office". */
  label: z.string().trim().min(1).optional(),
  /** Curated words in every UI language, e.g. "For meeting information". */
  note: LocalizedTextSchema.optional(),
};

/** A number to call. */
export const PhoneContactSchema = z.object({
  type: z.literal('phone'),
  number: PhoneNumberSchema,
  extension: z
    .string()
    .regex(/^[0-9]{1,8}$/)
    .optional(),
  ...channelText,
});

/** A number to send a text message to. */
export const TextContactSchema = z.object({
  type: z.literal('text'),
  number: PhoneNumberSchema,
  /** The word to send, when one is asked for. */
  keyword: z.string().trim().min(1).optional(),
  ...channelText,
});

/** A web chat. */
export const ChatContactSchema = z.object({ type: z.literal('chat'), url: WebUrlSchema, ...channelText });

/** An email address. */
export const EmailContactSchema = z.object({ type: z.literal('email'), address: z.email(), ...channelText });

/** A website. */
export const WebsiteContactSchema = z.object({
  type: z.literal('website'),
  url: WebUrlSchema,
  ...channelText,
});

/** One way to contact a resource: phone, text, chat, email or website. */
export const ContactChannelSchema = z.discriminatedUnion('type', [
  PhoneContactSchema,
  TextContactSchema,
  ChatContactSchema,
  EmailContactSchema,
  WebsiteContactSchema,
]);
/** One way to contact a resource. */
export type ContactChannel = z.infer<typeof ContactChannelSchema>;
/** The kinds of contact channel. */
export type ContactChannelType = ContactChannel['type'];
