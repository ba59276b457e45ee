import type { UiLocale } from '@recovery-circles/core';

/** Every page of the site. Each is prerendered to its own HTML file in each language. */
export const PAGES = [
  'home',
  'crisis',
  'find',
  'results',
  'resource',
  'plan',
  'search',
  'now',
  'privacy',
  'not-found',
] as const;
/** A page of the site. */
export type PageId = (typeof PAGES)[number];

const SLUG: Record<PageId, string> = {
  home: '',
  crisis: 'crisis',
  find: 'find',
  results: 'results',
  resource: 'resource',
  plan: 'plan',
  search: 'search',
  now: 'now',
  privacy: 'privacy',
  'not-found': '404',
};

/** The path prefix of each locale's pages. */
export const LOCALE_PREFIX: Record<UiLocale, string> = { en: '/', es: '/es/' };

/**
 * The address of a page in a locale, with an optional query string (without "?").
 * Pages that hold state (answers, filters, a resource id) keep it in the query so no
 * server routing is needed and a result can be bookmarked.
 */
export function pageHref(page: PageId, locale: UiLocale, query = ''): string {
  const path = `${LOCALE_PREFIX[locale]}${SLUG[page]}`;
  return query ? `${path}?${query}` : path;
}

/**
 * The file a page is prerendered to, relative to dist/: a folder's index.html, which the
 * server's static files answer at both "/crisis" and "/crisis/". The not-found page is a
 * plain 404.html for the server to send with unknown addresses.
 */
export function pageFile(page: PageId, locale: UiLocale): string {
  const dir = locale === 'en' ? '' : `${locale}/`;
  if (page === 'home') return `${dir}index.html`;
  if (page === 'not-found') return `${dir}404.html`;
  return `${dir}${SLUG[page]}/index.html`;
}

/** The page and locale a path names; unknown paths are the not-found page. */
export function pageFromPath(pathname: string): { page: PageId; locale: UiLocale } {
  const locale: UiLocale = pathname === '/es' || pathname.startsWith('/es/') ? 'es' : 'en';
  const rest = (locale === 'es' ? pathname.replace(/^\/es/, '') : pathname)
    .replace(/^\/+|\/+$/g, '')
    .replace(/\.html$/, '')
    .replace(/^index$/, '');
  const page = PAGES.find((p) => SLUG[p] === rest);
  return { page: page ?? 'not-found', locale };
}
