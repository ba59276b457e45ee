import type { CrisisLine, UiLocale } from '@recovery-circles/core';
import { CrisisBar } from './components/CrisisBar.js';
import { CrisisLineList } from './components/CrisisLineList.js';
import { LOCALE_PREFIX, MESSAGES } from './i18n/messages.js';

export interface AppProps {
  locale: UiLocale;
  crisisLines: readonly CrisisLine[];
}

/** The home page: a plain welcome and every help line, with the crisis bar on top. */
export function App({ locale, crisisLines }: AppProps) {
  const t = MESSAGES[locale];
  const other: UiLocale = locale === 'en' ? 'es' : 'en';
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <CrisisBar lines={crisisLines} t={t} allLinesHref="#help-lines" />
      <header className="site-header">
        <p className="site-header__brand">Recovery Circles</p>
        <a className="site-header__lang" href={LOCALE_PREFIX[other]} hrefLang={other} lang={other}>
          <span aria-hidden="true">{t.languageSwitch}</span>
          <span className="visually-hidden">{t.languageSwitchLabel}</span>
        </a>
      </header>
      <main id="main" tabIndex={-1}>
        <section className="welcome" aria-labelledby="welcome-heading">
          <h1 id="welcome-heading">{t.welcomeHeading}</h1>
          <p>{t.welcomeBody}</p>
        </section>
        <section id="help-lines" aria-labelledby="lines-heading">
          <h2 id="lines-heading">{t.linesHeading}</h2>
          <p>{t.linesIntro}</p>
          <CrisisLineList lines={crisisLines} t={t} locale={locale} />
        </section>
      </main>
      <footer className="site-footer">
        <p>{t.privacyNote}</p>
      </footer>
    </>
  );
}
