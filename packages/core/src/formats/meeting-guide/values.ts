import { z } from 'zod';
import { detectOnlinePlatform, type OnlinePlatform } from '../../model/online-join.js';
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
  if (!HTTP_PREFIX.test(trimmed) || hostOfWebUrl(trimmed) === undefined) return undefined;
  return trimmed.replace(TAB_OR_NEWLINE, '');
}

/** The host of an address that starts with http:// or https://, when it is a domain; undefined when it is not a valid web address. */
function hostOfWebUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return DOMAIN.test(parsed.hostname) ? parsed.hostname : undefined;
}

const SLASH = 0x2f;
const BACKSLASH = 0x5c;
const QUESTION_MARK = 0x3f;
const NUMBER_SIGN = 0x23;
const SPACE = 0x20;

/**
 * Where the scheme and authority ("https://user@host:port") of an address that starts
 * with http:// or https:// end, as the WHATWG URL parser reads them: after any run of
 * slashes, up to the first `/`, `\`, `?` or `#`. -1 when a space or control character
 * comes first, which the parser drops or refuses: such an address is parsed whole.
 */
function authorityEnd(url: string): number {
  let i = url.indexOf(':') + 1;
  while (i < url.length && (url.charCodeAt(i) === SLASH || url.charCodeAt(i) === BACKSLASH)) i++;
  for (; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code === SLASH || code === BACKSLASH || code === QUESTION_MARK || code === NUMBER_SIGN) return i;
    if (code <= SPACE) return -1;
  }
  return i;
}

/** Authorities remembered at once by a {@link WebUrlReader}. */
const AUTHORITY_MEMO = 1024;

/**
 * {@link toWebUrl} for the many addresses of one feed, which mostly share a few sites.
 * Whether an http(s) address parses, and its host, depend only on its scheme and
 * authority: the URL parser never fails on the path, query or fragment of an http(s)
 * address. So each authority ("https://www.aasepia.org") is parsed once, and the other
 * addresses of the site are read without building a `URL`. One reader serves one import.
 */
export class WebUrlReader {
  /** The domain host of each authority seen, or null when addresses with it are not web addresses. */
  private readonly hosts = new Map<string, string | null>();
  private readonly platforms = new Map<string, OnlinePlatform | undefined>();
  /** The authority last read, and its host. */
  private last = '';
  private lastHost: string | undefined;

  /** The same as {@link toWebUrl}. */
  read(value: string): string | undefined {
    const trimmed = value.trim();
    if (!HTTP_PREFIX.test(trimmed) || this.host(trimmed) === undefined) return undefined;
    return trimmed.replace(TAB_OR_NEWLINE, '');
  }

  /** The same as `detectOnlinePlatform` (which reads only the host) for an address {@link read} gave. */
  platform(webUrl: string): OnlinePlatform | undefined {
    const key = this.key(webUrl);
    if (key === undefined) return detectOnlinePlatform(webUrl);
    if (this.platforms.has(key)) return this.platforms.get(key);
    if (this.platforms.size >= AUTHORITY_MEMO) this.platforms.clear();
    const platform = detectOnlinePlatform(webUrl);
    this.platforms.set(key, platform);
    return platform;
  }

  private host(url: string): string | undefined {
    const end = authorityEnd(url);
    if (end === -1) return hostOfWebUrl(url);
    // Records of one site follow each other: the last authority is compared before any lookup.
    if (end === this.last.length && url.startsWith(this.last)) return this.lastHost;
    const key = end === url.length ? url : url.slice(0, end);
    let host = this.hosts.get(key);
    if (host === undefined) {
      host = hostOfWebUrl(url) ?? null;
      // A memo, not a record of the feed: kept small, so a feed of many sites is not all held.
      if (this.hosts.size >= AUTHORITY_MEMO) this.hosts.clear();
      this.hosts.set(key, host);
    }
    this.last = key;
    this.lastHost = host ?? undefined;
    return this.lastHost;
  }

  private key(url: string): string | undefined {
    const end = authorityEnd(url);
    if (end === -1) return undefined;
    return end === url.length ? url : url.slice(0, end);
  }
}

/** Whether the model's `PhoneNumberSchema` accepts `value` (already trimmed). */
export function isPhoneNumber(value: string): boolean {
  if (value.length < 3 || value.length > 40 || !PHONE_CHARS.test(value)) return false;
  let digits = 0;
  for (let i = 0; i < value.length && digits < 3; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digits++;
  }
  return digits >= 3;
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
