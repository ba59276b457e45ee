import { CRISIS_LINES, type UiLocale } from '@recovery-circles/core';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App.js';
import type { PageProps } from './context.js';
import { FINDER } from './i18n/finder.js';
import { MESSAGES } from './i18n/messages.js';
import { RESOURCE } from './i18n/resource.js';
import CrisisPage from './pages/CrisisPage.js';
import FindPage from './pages/FindPage.js';
import HomePage from './pages/HomePage.js';
import NotFoundPage from './pages/NotFoundPage.js';
import NowPage from './pages/NowPage.js';
import PlanPage from './pages/PlanPage.js';
import PrivacyPage from './pages/PrivacyPage.js';
import ResourcePage from './pages/ResourcePage.js';
import ResultsPage from './pages/ResultsPage.js';
import SearchPage from './pages/SearchPage.js';
import { PAGES, type PageId, pageFile } from './routes.js';

export { PAGE_SOURCES } from './pages/sources.js';
export { PAGES, pageFile };

const COMPONENTS: Record<PageId, (props: PageProps) => React.ReactNode> = {
  home: HomePage,
  crisis: CrisisPage,
  find: FindPage,
  results: ResultsPage,
  resource: ResourcePage,
  plan: PlanPage,
  search: SearchPage,
  now: NowPage,
  privacy: PrivacyPage,
  'not-found': NotFoundPage,
};

function title(page: PageId, locale: UiLocale): string {
  const t = MESSAGES[locale];
  const f = FINDER[locale];
  const r = RESOURCE[locale];
  const titles: Record<PageId, string> = {
    home: t.title,
    crisis: t.crisisTitle,
    find: f.findTitle,
    results: f.resultsTitle,
    resource: r.resourceTitle,
    plan: r.planTitle,
    search: f.searchTitle,
    now: f.nowTitle,
    privacy: t.privacyTitle,
    'not-found': t.notFoundTitle,
  };
  return titles[page];
}

/** Renders a page to HTML at build time, so crisis help is in the served HTML itself. */
export function render(
  locale: UiLocale,
  page: PageId = 'home',
): { html: string; title: string; description: string; crisisLinesJson: string } {
  const Page = COMPONENTS[page];
  const html = renderToString(
    <StrictMode>
      <App page={page} locale={locale} crisisLines={CRISIS_LINES}>
        <Page locale={locale} />
      </App>
    </StrictMode>,
  );
  return {
    html,
    title: title(page, locale),
    description: MESSAGES[locale].description,
    // Escaped so the JSON can never close its <script> block.
    crisisLinesJson: JSON.stringify(CRISIS_LINES).replaceAll('<', '\\u003c'),
  };
}
