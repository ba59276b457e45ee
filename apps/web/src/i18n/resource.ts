import type { UiLocale } from '@recovery-circles/core';
import { lazyStrings } from './locale.js';
import type { resource as english } from './resource.en.js';

/** The resource and plan strings of one locale. */
export type ResourceMessages = typeof english;

/**
 * Strings of the resource page and the support plan, by interface language: in a page, its own language only, loaded with the page
 * (`locale.ts`); `all.ts` fills in every language for the prerender step and the tests.
 */
export const RESOURCE: Record<UiLocale, ResourceMessages> = lazyStrings({
  en: () => import('./resource.en.js').then((module) => module.resource),
  es: () => import('./resource.es.js').then((module) => module.resource),
});
