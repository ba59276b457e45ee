import type { Where } from '@recovery-circles/core';

/*
 * Place and time-zone helpers, apart from `answers.ts` so the pages that need only these
 * (search, now, a resource) do not load the vocabularies the guided questions check.
 */

/** Distances offered, in miles. */
export const RADIUS_CHOICES = [5, 10, 25, 50, 100] as const;

/** Reads a place typed by a visitor: a 5-digit ZIP (ZIP+4 is cut) or "City, ST". */
export function parseWhere(text: string): Where | undefined {
  const value = text.trim();
  const zip = /^(\d{5})(-\d{4})?$/.exec(value);
  if (zip?.[1]) return { zip: zip[1] };
  if (value.length >= 2 && value.length <= 120 && /\p{L}/u.test(value)) return { place: value };
  return undefined;
}

let zone: string | undefined | null = null;

/** `Temporal.Now`, where the browser has it (the zone alone, without date formatting). */
const temporalNow = (globalThis as { Temporal?: { Now?: { timeZoneId?: () => string } } }).Temporal?.Now;

/** The visitor's IANA zone, as the browser reports it. */
export function browserTimeZone(): string | undefined {
  if (zone === null) {
    try {
      // Temporal names the zone at once; Intl's answer first sets up the browser's whole date
      // formatting data (a long task on a phone, unless `lib/intl-warm.ts` did it in a worker).
      zone = temporalNow?.timeZoneId?.() || Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
    } catch {
      zone = undefined;
    }
  }
  return zone;
}
