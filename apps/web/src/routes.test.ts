import { describe, expect, it } from 'vitest';
import { PAGES, pageFile, pageFromPath, pageHref } from './routes.js';

describe('page addresses', () => {
  it('give every page a path in both languages that leads back to it', () => {
    for (const page of PAGES) {
      if (page === 'not-found') continue;
      for (const locale of ['en', 'es'] as const) {
        expect(pageFromPath(pageHref(page, locale))).toEqual({ page, locale });
        expect(pageFromPath(`${pageHref(page, locale)}/`)).toEqual({ page, locale });
      }
    }
  });

  it('prerender each page to its own file', () => {
    expect(pageFile('home', 'en')).toBe('index.html');
    expect(pageFile('crisis', 'en')).toBe('crisis/index.html');
    expect(pageFile('results', 'es')).toBe('es/results/index.html');
    expect(pageFile('not-found', 'es')).toBe('es/404.html');
    expect(new Set(PAGES.flatMap((p) => [pageFile(p, 'en'), pageFile(p, 'es')])).size).toBe(PAGES.length * 2);
  });

  it('treat unknown paths as not found and keep the query out of the path', () => {
    expect(pageFromPath('/nope')).toEqual({ page: 'not-found', locale: 'en' });
    expect(pageFromPath('/es')).toEqual({ page: 'home', locale: 'es' });
    expect(pageHref('resource', 'es', 'id=x')).toBe('/es/resource?id=x');
  });
});
