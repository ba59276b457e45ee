import type { CrisisLine, UiLocale } from '@recovery-circles/core';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.js';
import { firstVisitRedirect, storedLocale } from './lib/locale-preference.js';
import { focusShownPage, showPagesWith, startNavigation } from './lib/navigation.js';
import { PAGE_LOADERS, type PageModule } from './pages/loaders.js';
import { PAGES, type PageId, pageFromPath } from './routes.js';
import './styles.css';

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

  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined;
  }
  const redirect = firstVisitRedirect({
    locale,
    stored: storedLocale(storage),
    languages: navigator.languages?.length ? navigator.languages : [navigator.language],
    path: page === 'not-found' ? '/' : window.location.pathname,
  });
  if (redirect) {
    storage?.setItem('recovery-circles.locale', 'es');
    window.location.replace(`${redirect}${window.location.search}${window.location.hash}`);
    return;
  }

  const [lines, module] = await Promise.all([builtInLines(), PAGE_LOADERS[page]()]);
  startNavigation(page, locale);
  const tree = (
    <StrictMode>
      <Root first={{ page, module, key: 0 }} locale={locale} lines={lines} />
    </StrictMode>
  );
  if (container.hasChildNodes()) hydrateRoot(container, tree);
  else createRoot(container).render(tree);
}

const container = document.getElementById('root');
if (container) void start(container);
