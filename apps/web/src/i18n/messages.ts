import type { UiLocale } from '@recovery-circles/core';
import { lazyStrings } from './locale.js';
import type { messages as english } from './messages.en.js';

/** The shared strings of one locale. */
export type Messages = typeof english;

/**
 * The strings every page shares (layout, home, crisis, privacy), by interface language: in a page, its own language only, loaded with the page
 * (`locale.ts`); `all.ts` fills in every language for the prerender step and the tests.
 */
export const MESSAGES: Record<UiLocale, Messages> = lazyStrings({
  en: () => import('./messages.en.js').then((module) => module.messages),
  es: () => import('./messages.es.js').then((module) => module.messages),
});
