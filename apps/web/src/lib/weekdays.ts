import type { UiLocale } from '@recovery-circles/core';

const SUNDAY_UTC = Date.UTC(2026, 0, 4);

/** The names of the days of the week, Sunday first, in the interface language. */
export function weekdayNames(locale: UiLocale): string[] {
  const format = new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
    weekday: 'long',
    timeZone: 'UTC',
  });
  return Array.from({ length: 7 }, (_, day) => format.format(new Date(SUNDAY_UTC + day * 86_400_000)));
}
