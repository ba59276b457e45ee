import { z } from 'zod';

/** A record id: lowercase letters and digits in dash-joined words, safe in URLs (e.g. "national-al-anon"). */
export const ResourceIdSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters and digits joined by single dashes');

/** A URL slug for a record's page; same shape as an id. */
export const SlugSchema = ResourceIdSchema;

/** A link people can open: http or https only, so no `javascript:` or `data:` URL reaches a page. */
export const WebUrlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/**
 * A BCP 47 language tag such as "en", "es-419", "zh-Hant" or "ase", checked loosely:
 * a 2–3 letter language then dash-separated subtags of 1–8 letters or digits.
 */
export const LanguageTagSchema = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'a BCP 47 language tag such as "en" or "es-MX"');
/** A BCP 47 language tag. */
export type LanguageTag = z.infer<typeof LanguageTagSchema>;

/** An ISO 8601 date-time with `Z` or an offset, as stored and sent by the API. */
export const DateTimeSchema = z.iso.datetime({ offset: true });

/**
 * A phone or text number as published, e.g. "1-888-425-2666", "(215) 555-0100 ext. 4" or
 * "+44 20 7946 0000": at least three digits, and only characters phone numbers are written with.
 */
export const PhoneNumberSchema = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .regex(/^[0-9A-Za-z+().\-\s#*,/]+$/, 'digits, letters, spaces and + ( ) . - # * , / only')
  .refine((value) => (value.match(/[0-9]/g) ?? []).length >= 3, 'at least three digits');

/** Values a structured code can carry as parameters, e.g. `{ miles: 1.2 }`. */
export const CodeParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
/** Parameters of a structured code. */
export type CodeParams = z.infer<typeof CodeParamsSchema>;
