import type { PageId } from '../routes.js';

/** The source file of each page, as Vite's manifest names it (for preload links). */
export const PAGE_SOURCES: Record<PageId, string> = {
  home: 'src/pages/HomePage.tsx',
  crisis: 'src/pages/CrisisPage.tsx',
  find: 'src/pages/FindPage.tsx',
  results: 'src/pages/ResultsPage.tsx',
  resource: 'src/pages/ResourcePage.tsx',
  plan: 'src/pages/PlanPage.tsx',
  search: 'src/pages/SearchPage.tsx',
  now: 'src/pages/NowPage.tsx',
  privacy: 'src/pages/PrivacyPage.tsx',
  'not-found': 'src/pages/NotFoundPage.tsx',
};
