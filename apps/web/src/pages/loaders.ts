import type { UiLocale } from '@recovery-circles/core';
import type { ComponentType } from 'react';
import type { PageProps, PageTitle } from '../context.js';
import { loadStrings } from '../i18n/locale.js';
import type { PageId } from '../routes.js';

/** A page module: its component is the default export, and its document title `title`. */
export interface PageModule {
  default: ComponentType<PageProps>;
  title: PageTitle;
}

/** A page's chunk, then the strings (in `locale`, the page's language) its code uses. */
const page =
  (load: () => Promise<PageModule>): ((locale: UiLocale) => Promise<PageModule>) =>
  (locale) =>
    load().then(async (module) => {
      await loadStrings(locale);
      return module;
    });

/**
 * Each page is its own chunk, so a visitor downloads only the page they open (the home page
 * never loads the API client, the map, or the plan).
 */
export const PAGE_LOADERS: Record<PageId, (locale: UiLocale) => Promise<PageModule>> = {
  home: page(() => import('./HomePage.js')),
  crisis: page(() => import('./CrisisPage.js')),
  find: page(() => import('./FindPage.js')),
  results: page(() => import('./ResultsPage.js')),
  resource: page(() => import('./ResourcePage.js')),
  plan: page(() => import('./PlanPage.js')),
  search: page(() => import('./SearchPage.js')),
  now: page(() => import('./NowPage.js')),
  privacy: page(() => import('./PrivacyPage.js')),
  'not-found': page(() => import('./NotFoundPage.js')),
};
