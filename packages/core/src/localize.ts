import type { LocalizedText } from './i18n.js';

// No zod here (`i18n.ts` has the schema): the web app formats schedules and labels with
// `localize` on pages that do not load the validation library.

/** The interface languages shipped with the product. More can be added by file. */
export const UI_LOCALES = ['en', 'es'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** Picks the text for a locale, falling back to English. */
export function localize(text: LocalizedText, locale: string): string {
  return locale.toLowerCase().startsWith('es') ? text.es : text.en;
}
