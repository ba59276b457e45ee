import { z } from 'zod';
import { isValidTimeZone } from '../../schedule/schedule-schema.js';

/*
 * Checks that mirror the model's zod schemas value by value. Running the whole
 * ResourceSchema on each record costs about 65 µs (its time-zone check builds an
 * Intl.DateTimeFormat every time); these checks let the importer build records that are
 * valid by construction at a fraction of that. The tests parse every imported record of
 * every real feed with ResourceSchema to keep the two in step.
 */

const LINE_BREAKS = /\r\n?/g;
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const HTTP_PREFIX = /^https?:\/\//i;
const DOMAIN = z.regexes.domain;
const EMAIL = z.regexes.email;
const PHONE_CHARS = /^[0-9A-Za-z+().\-\s#*,/]+$/;
const DIGIT = /[0-9]/g;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** A field's text, trimmed with line breaks made "\n"; numbers become text; blank → undefined. */
export function readText(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const text = value.includes('\r') ? value.replace(LINE_BREAKS, '\n').trim() : value.trim();
    return text === '' ? undefined : text;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** `text` cut to `max` characters (on a code-point boundary), or as is. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // Do not split a surrogate pair.
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return text.slice(0, end).trimEnd();
}

/** A web address the model's `WebUrlSchema` accepts (http or https, a domain host), or undefined. */
export function toWebUrl(value: string): string | undefined {
  const trimmed = value.trim();
  if (!HTTP_PREFIX.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!DOMAIN.test(url.hostname)) return undefined;
  return trimmed.replace(TAB_OR_NEWLINE, '');
}

/** Whether the model's `PhoneNumberSchema` accepts `value` (already trimmed). */
export function isPhoneNumber(value: string): boolean {
  if (value.length < 3 || value.length > 40 || !PHONE_CHARS.test(value)) return false;
  return (value.match(DIGIT) ?? []).length >= 3;
}

/** Whether `value` is an email address as `z.email()` checks it. */
export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** Whether `value` is a BCP 47 tag as `LanguageTagSchema` checks it. */
export function isLanguageTag(value: string): boolean {
  return LANGUAGE_TAG.test(value);
}

const zoneCache = new Map<string, boolean>();

/** `isValidTimeZone`, remembered per zone: building an Intl formatter per record is slow. */
export function isKnownTimeZone(zone: string): boolean {
  let known = zoneCache.get(zone);
  if (known === undefined) {
    known = isValidTimeZone(zone);
    zoneCache.set(zone, known);
  }
  return known;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_SEPARATORS = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lowercase letters and digits joined by single dashes, as `ResourceIdSchema` wants; "" when none are left. */
export function slugify(value: string): string {
  if (SLUG.test(value)) return value;
  return value
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SLUG_SEPARATORS, '-')
    .replace(EDGE_DASHES, '');
}

/** A short, stable hash of `value` (FNV-1a, base 36), to keep cut ids unique. */
export function shortHash(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** `slug` kept within `max` characters: cut at a dash and given a hash of the whole so ids stay unique. */
export function fitSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const hash = shortHash(slug);
  const head = slug.slice(0, max - hash.length - 1).replace(EDGE_DASHES, '');
  return `${head}-${hash}`;
}
