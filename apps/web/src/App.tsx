import type { CrisisLine, UiLocale } from '@recovery-circles/core';
import { type ReactNode, startTransition, useEffect, useState } from 'react';
import { CrisisBar } from './components/CrisisBar.js';
import { LanguageSwitch } from './components/LanguageSwitch.js';
import { QuickExit } from './components/QuickExit.js';
import { CrisisLinesContext } from './context.js';
import { MESSAGES } from './i18n/messages.js';
import { api } from './lib/api.js';
import { type PageId, pageHref } from './routes.js';

export interface AppProps {
  page: PageId;
  locale: UiLocale;
  crisisLines: readonly CrisisLine[];
  /** Fetch the directory's current lines after the page shows (curators may have updated them). */
  refreshLines?: boolean;
  children: ReactNode;
}

const NAV: readonly PageId[] = ['find', 'search', 'now', 'plan'];

/** How long after the page is live its crisis lines are checked against the directory's. */
const REFRESH_AFTER_MS = 1_000;

/** Every page's frame: skip link, crisis bar, header with language switch and quick exit, footer. */
export function App({ page, locale, crisisLines, refreshLines = false, children }: AppProps) {
  const t = MESSAGES[locale];
  const [lines, setLines] = useState(crisisLines);

  useEffect(() => {
    if (!refreshLines) return;
    let live = true;
    const refresh = () => {
      api
        .crisisLines()
        .then(({ data }) => {
          // Most often the very lines the page was built with: then nothing is drawn again. A
          // change is drawn in a transition, in slices, never in the way of a tap.
          if (!live || data.length === 0 || JSON.stringify(data) === JSON.stringify(crisisLines)) return;
          startTransition(() => setLines(data));
        })
        .catch(() => {
          // Keep the built-in lines: crisis help never disappears behind an error.
        });
    };
    // The lines on screen already work (they are in the page): the check waits until the page's
    // own first requests and drawing are done, when the browser is idle.
    const timer = window.setTimeout(
      () =>
        window.requestIdleCallback ? window.requestIdleCallback(refresh, { timeout: 2_000 }) : refresh(),
      REFRESH_AFTER_MS,
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [refreshLines, crisisLines]);

  const navLabel: Record<PageId, string> = {
    find: t.navFind,
    search: t.navSearch,
    now: t.navNow,
    plan: t.navPlan,
    home: t.brand,
    crisis: t.crisisHeading,
    results: t.navFind,
    resource: t.navSearch,
    privacy: t.privacyLink,
    'not-found': t.brand,
  };

  return (
    <CrisisLinesContext.Provider value={lines}>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <CrisisBar lines={lines} t={t} allLinesHref={`${pageHref('crisis', locale)}#help-lines`} />
      <header className="site-header">
        <a className="site-header__brand" href={pageHref('home', locale)} aria-label={t.homeLink}>
          {t.brand}
        </a>
        <div className="site-header__tools">
          <LanguageSwitch page={page} locale={locale} t={t} />
          <QuickExit t={t} />
        </div>
      </header>
      <nav className="site-nav" aria-label={t.mainNav}>
        <ul>
          {NAV.map((id) => (
            <li key={id}>
              <a href={pageHref(id, locale)} aria-current={id === page ? 'page' : undefined}>
                {navLabel[id]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t.privacyNote}</p>
        <ul className="site-footer__links">
          <li>
            <a href={pageHref('privacy', locale)}>{t.privacyLink}</a>
          </li>
          <li>
            <a href={pageHref('crisis', locale)}>{t.allLines}</a>
          </li>
        </ul>
      </footer>
    </CrisisLinesContext.Provider>
  );
}
