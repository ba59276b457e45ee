import { CRISIS_LINES, type UiLocale } from '@recovery-circles/core';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App.js';
import './i18n/all.js';
import { MESSAGES } from './i18n/messages.js';
import * as CrisisPage from './pages/CrisisPage.js';
import * as FindPage from './pages/FindPage.js';
import * as HomePage from './pages/HomePage.js';
import type { PageModule } from './pages/loaders.js';
import * as NotFoundPage from './pages/NotFoundPage.js';
import * as NowPage from './pages/NowPage.js';
import * as PlanPage from './pages/PlanPage.js';
import * as PrivacyPage from './pages/PrivacyPage.js';
import * as ResourcePage from './pages/ResourcePage.js';
import * as ResultsPage from './pages/ResultsPage.js';
import * as SearchPage from './pages/SearchPage.js';
import { PAGES, type PageId, pageFile } from './routes.js';

export { PAGE_SOURCES } from './pages/sources.js';
export { PAGES, pageFile };

/** Each page's module, as the browser loads it (`pages/loaders.ts`): component and title. */
const MODULES: Record<PageId, PageModule> = {
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

/** Renders a page to HTML at build time, so crisis help is in the served HTML itself. */
export function render(
  locale: UiLocale,
  page: PageId = 'home',
): { html: string; title: string; description: string; crisisLinesJson: string } {
  const { default: Page, title } = MODULES[page];
  const html = renderToString(
    <StrictMode>
      <App page={page} locale={locale} crisisLines={CRISIS_LINES}>
        <Page locale={locale} />
      </App>
    </StrictMode>,
  );
  return {
    html,
    title: title(locale),
    description: MESSAGES[locale].description,
    // Escaped so the JSON can never close its <script> block.
    crisisLinesJson: JSON.stringify(CRISIS_LINES).replaceAll('<', '\\u003c'),
  };
}
