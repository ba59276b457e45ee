import { z } from 'zod';

/** The interface languages shipped with the product. More can be added by file. */
export const UI_LOCALES = ['en', 'es'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** Text in every interface language. */
export const LocalizedTextSchema = z.object({
  en: z.string().min(1),
  es: z.string().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Picks the text for a locale, falling back to English. */
export function localize(text: LocalizedText, locale: string): string {
  return locale.toLowerCase().startsWith('es') ? text.es : text.en;
}
