import type { UiLocale } from '@recovery-circles/core';
import type { finder as english } from './finder.en.js';
import { lazyStrings } from './locale.js';

/** The finder strings of one locale. */
export type FinderMessages = typeof english;

/**
 * Strings of the guided questions, the results, the cards, search and "meetings now", by interface language: in a page, its own language only, loaded with the page
 * (`locale.ts`); `all.ts` fills in every language for the prerender step and the tests.
 */
export const FINDER: Record<UiLocale, FinderMessages> = lazyStrings({
  en: () => import('./finder.en.js').then((module) => module.finder),
  es: () => import('./finder.es.js').then((module) => module.finder),
});
