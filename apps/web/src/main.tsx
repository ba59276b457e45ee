import type { CrisisLine, UiLocale } from '@recovery-circles/core';
import { StrictMode, startTransition, useEffect, useLayoutEffect, useState } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.js';
import { appIsLive } from './lib/before-live.js';
import { focusShownPage, showPagesWith, startNavigation } from './lib/navigation.js';
import { PAGE_LOADERS, type PageModule } from './pages/loaders.js';
import { PAGES, type PageId, pageFromPath } from './routes.js';

/*
 * The app, loaded by `boot.ts` once the prerendered page is on screen: it makes that page live
 * (hydration) and takes over navigation between pages.
 */

/** The lines the build put in the page (the same ones the prerendered HTML shows). */
async function builtInLines(): Promise<readonly CrisisLine[]> {
  const block = document.getElementById('crisis-lines');
  if (block?.textContent) {
    // Written by our own build from core's validated CRISIS_LINES.
    return JSON.parse(block.textContent) as CrisisLine[];
  }
  // Only the dev server serves pages without the block (every built page has it). Taking the
  // lines from core there only keeps core's zod schemas out of the production bundle; the
  // App asks the API for the current lines either way.
  if (import.meta.env.DEV) return (await import('@recovery-circles/core')).CRISIS_LINES;
  return [];
}

interface Shown {
  page: PageId;
  module: PageModule;
  /** Counts the pages shown in this document: a new one remounts, and reads its address afresh. */
  key: number;
}

/** The App frame around the page shown now; navigation in the app swaps the page (`lib/navigation.ts`). */
function Root({ first, locale, lines }: { first: Shown; locale: UiLocale; lines: readonly CrisisLine[] }) {
  const [shown, setShown] = useState(first);
  useEffect(
    () => showPagesWith((page, module) => setShown((previous) => ({ page, module, key: previous.key + 1 }))),
    [],
  );
  useEffect(() => {
    if (shown.key > 0) focusShownPage();
  }, [shown.key]);
  // The page is live once drawn and its first effects' updates drawn too (a page reads its
  // address in one): then what the visitor did before is handed over (lib/before-live.ts).
  // Handed over in the very task that draws them (a layout effect, then a microtask), so a
  // field the app draws as it knew it is set back to the visitor's answer at once.
  const [settled, setSettled] = useState(false);
  useEffect(() => setSettled(true), []);
  useLayoutEffect(() => {
    if (settled) queueMicrotask(appIsLive);
  }, [settled]);
  const Page = shown.module.default;
  return (
    <App page={shown.page} locale={locale} crisisLines={lines} refreshLines>
      <Page key={shown.key} locale={locale} />
    </App>
  );
}

async function start(container: HTMLElement): Promise<void> {
  const fromPath = pageFromPath(window.location.pathname);
  const named = container.dataset.page;
  const page: PageId = PAGES.find((p) => p === named) ?? fromPath.page;
  const locale: UiLocale = document.documentElement.lang === 'es' ? 'es' : fromPath.locale;
  // (A first visit that prefers Spanish was sent to the Spanish page by boot.ts already.)
  const [lines, module] = await Promise.all([builtInLines(), PAGE_LOADERS[page](locale)]);
  startNavigation(page, locale);
  const tree = (
    <StrictMode>
      <Root first={{ page, module, key: 0 }} locale={locale} lines={lines} />
    </StrictMode>
  );
  if (container.hasChildNodes()) {
    // The page is already on screen and usable as HTML (links, forms, the crisis bar): making
    // it live is a transition, done in slices between which the browser stays free to answer
    // a tap or a scroll, rather than in one long task.
    startTransition(() => {
      hydrateRoot(container, tree);
    });
  } else createRoot(container).render(tree);
}

const container = document.getElementById('root');
if (container) void start(container);
