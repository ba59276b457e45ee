import type { LocalizedText, UiLocale } from '@recovery-circles/core';

/*
 * Tiny twins of core helpers. The first page's bundle imports only types from core: core's
 * modules build zod schemas when they load, and the home page must stay small.
 */

/** Digits only, for `tel:` and `sms:` links (core's `dialDigits`). */
export function dialDigits(number: string): string {
  return number.replace(/[^0-9]/g, '');
}

/** The text for a locale, English when the locale has none (core's `localize`). */
export function localize(text: LocalizedText, locale: UiLocale): string {
  return locale === 'es' ? text.es : text.en;
}

/** The id of the line the crisis bar features (core's `PRIMARY_CRISIS_LINE_ID`). */
export const PRIMARY_LINE_ID = '988-lifeline';

// One formatter per locale: making one costs more than formatting a date (every card has one).
const dateFormats: Partial<Record<UiLocale, Intl.DateTimeFormat>> = {};

/** A date as the locale writes it, e.g. "March 10, 2026" / "10 de marzo de 2026". */
export function formatDate(iso: string, locale: UiLocale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  dateFormats[locale] ??= new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return dateFormats[locale].format(date);
}
