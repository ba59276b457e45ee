import type { UiLocale } from '@recovery-circles/core';
import { api } from './lib/api.js';
import { beforeLive } from './lib/before-live.js';
import { earlyKey, sendEarly } from './lib/early.js';
import { warmIntl } from './lib/intl-warm.js';
import { firstVisitRedirect, prefersSpanish, storedLocale, storeLocale } from './lib/locale-preference.js';
import type { PageId } from './routes.js';

/*
 * The one script a page names. The prerendered HTML is the page (crisis bar, header, heading,
 * forms), with its stylesheet (src/styles.css, a build entry of its own) inline, so it is
 * painted first: the app's code (React, the page's chunk, their strings) is asked for only once
 * that first paint is on screen, so neither its download nor its start-up stands before it, on
 * a slow network or with the code already cached. Then everything the page needs is asked for
 * at once, from the list the build wrote into the page (`scripts/prerender.mjs`), so there is no
 * chain of requests; a page's data request leaves before the app's code is here (`lib/early.ts`).
 */

/**
 * The modules the build lists for this page (`scripts/initial-js.mjs`, `pageLoad`): all that the
 * app, the page's chunk (with its strings) and the page's early request import, in the order
 * they are needed.
 */
function pageModules(): string[] {
  try {
    const files: unknown = JSON.parse(document.getElementById('page-modules')?.textContent ?? '[]');
    return Array.isArray(files) ? files.filter((file): file is string => typeof file === 'string') : [];
  } catch {
    return [];
  }
}

/** How many modules are asked for in one task (each is some work for the browser). */
const MODULES_PER_TASK = 2;

/**
 * Asks for modules, all in parallel, a few per task (one long task of it otherwise). Each is a
 * module script of its own, not a `modulepreload` link: the browser then compiles it off the
 * main thread as it arrives (React's chunk is 200 KB) and runs it as soon as what it imports is
 * here, in a task of its own, rather than all the app at once. A module runs once, whoever
 * imports it, so the app's own imports of these find them done.
 */
function loadModules(files: string[]): void {
  for (const src of files.splice(0, MODULES_PER_TASK)) {
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = src;
    document.head.append(script);
  }
  if (files.length > 0) setTimeout(() => loadModules(files), 0);
}

/**
 * Runs `load` once the page's first contentful paint is on screen (paint timing), or at once
 * where that cannot come (a tab in the background paints nothing) or cannot be observed (a
 * frame, then a task, there). Never later than `latestMs`, whatever happens.
 */
function afterFirstPaint(load: () => void, latestMs = 1_500): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    document.removeEventListener('visibilitychange', go);
    load();
  };
  if (document.visibilityState === 'hidden') {
    go();
    return;
  }
  document.addEventListener('visibilitychange', go);
  setTimeout(go, latestMs);
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    const observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      go();
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(go, 0));
  }
}

/** Pages that show no dates and lead to none at once: no date data is loaded ahead for them. */
const WITHOUT_DATES: ReadonlySet<string> = new Set<PageId>(['crisis', 'privacy', 'not-found']);

function boot(): void {
  const locale: UiLocale = document.documentElement.lang === 'es' ? 'es' : 'en';
  const page = document.getElementById('root')?.dataset.page ?? '';
  // A first visit with Spanish before English in the browser goes to the Spanish page now,
  // before any of the app's code is loaded. (The stored choice is read only then: the first
  // read of the browser's storage is slow.)
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  if (locale === 'en' && prefersSpanish(languages)) {
    let storage: Storage | undefined;
    try {
      storage = window.localStorage;
    } catch {
      storage = undefined;
    }
    const redirect = firstVisitRedirect({
      locale,
      stored: storedLocale(storage),
      languages,
      path: page === 'not-found' ? '/' : window.location.pathname,
    });
    if (redirect) {
      storeLocale(storage, 'es');
      window.location.replace(`${redirect}${window.location.search}${window.location.hash}`);
      return;
    }
  }
  // Quick exit, and what the visitor does before the app is live (lib/before-live.ts).
  beforeLive();
  // A resource page's one request needs nothing but its address: it leaves now.
  const id = page === 'resource' ? new URLSearchParams(window.location.search).get('id') : null;
  if (id) sendEarly(earlyKey('resource', id), () => api.resource(id));
  afterFirstPaint(() => {
    // The results page's request is worked out from the answers in its address (checked
    // against the vocabularies): that module comes first, apart from React and the page.
    if (page === 'results') void import('./pages/results-early.js');
    void import('./main.js');
    loadModules(pageModules());
    if (!WITHOUT_DATES.has(page)) warmIntl(locale);
  });
}

boot();
