import type { ComponentType } from 'react';
import type { PageProps, PageTitle } from '../context.js';
import type { PageId } from '../routes.js';

/** A page module: its component is the default export, and its document title `title`. */
export interface PageModule {
  default: ComponentType<PageProps>;
  title: PageTitle;
}

/**
 * Each page is its own chunk, so a visitor downloads only the page they open (the home page
 * never loads the API client, the map, or the plan).
 */
export const PAGE_LOADERS: Record<PageId, () => Promise<PageModule>> = {
  home: () => import('./HomePage.js'),
  crisis: () => import('./CrisisPage.js'),
  find: () => import('./FindPage.js'),
  results: () => import('./ResultsPage.js'),
  resource: () => import('./ResourcePage.js'),
  plan: () => import('./PlanPage.js'),
  search: () => import('./SearchPage.js'),
  now: () => import('./NowPage.js'),
  privacy: () => import('./PrivacyPage.js'),
  'not-found': () => import('./NotFoundPage.js'),
};
