import { z } from 'zod';

export { localize, UI_LOCALES, type UiLocale } from './localize.js';

/** Text in every interface language. */
export const LocalizedTextSchema = z.object({
  en: z.string().min(1),
  es: z.string().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
