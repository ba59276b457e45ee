import { type FormEvent, useEffect, useState } from 'react';
import { messagesFor, type PageProps, type PageTitle } from '../context.js';
import { navigate, prefetchPage } from '../lib/navigation.js';
import { locateRounded } from '../lib/round-location.js';
import { pageHref } from '../routes.js';

/** The page's title (the prerendered <title>, and after a navigation in the app). */
export const title: PageTitle = (locale) => messagesFor(locale).title;

/** The home page: a plain welcome, who the support is for, a quick search, and help now. */
export default function HomePage({ locale }: PageProps) {
  const t = messagesFor(locale);
  // "Use my location" needs JavaScript, so it appears only once the page is live.
  const [live, setLive] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => setLive(true), []);

  const locate = () => {
    setStatus(t.locating);
    locateRounded(
      ({ lat, lng }) => navigate(pageHref('results', locale, `ll=${lat},${lng}`)),
      () => setStatus(t.locationDenied),
    );
  };

  // The form works as a plain GET without JavaScript; with it, the results show in this document.
  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const where = new FormData(event.currentTarget).get('where');
    navigate(pageHref('results', locale, new URLSearchParams({ where: String(where ?? '') }).toString()));
  };

  return (
    <div className="home">
      <h1>{t.welcomeHeading}</h1>
      <p className="lead">{t.welcomeBody}</p>
      <p className="home__help-now">
        <a className="button button--crisis-outline" href={pageHref('crisis', locale)}>
          {t.helpNow}
        </a>{' '}
        <span>{t.helpNowBody}</span>
      </p>
      <section aria-labelledby="start-heading" className="home__start">
        <h2 id="start-heading">{t.findFor}</h2>
        <div className="choice-row">
          <a className="button button--primary" href={pageHref('find', locale, 'for=me')}>
            {t.forMyself}
          </a>
          <a className="button button--primary" href={pageHref('find', locale, 'for=someone')}>
            {t.forSomeone}
          </a>
        </div>
      </section>
      <section aria-labelledby="quick-heading" className="home__quick">
        <h2 id="quick-heading">{t.quickSearchHeading}</h2>
        <form
          className="quick-search"
          action={pageHref('results', locale)}
          method="get"
          onSubmit={search}
          onFocus={() => prefetchPage('results')}
        >
          <label htmlFor="quick-where">{t.quickSearchLabel}</label>
          <div className="quick-search__row">
            <input
              id="quick-where"
              name="where"
              type="text"
              inputMode="text"
              autoComplete="postal-code"
              required
              minLength={2}
              maxLength={120}
              aria-describedby="quick-hint"
            />
            <button className="button button--secondary" type="submit">
              {t.quickSearchButton}
            </button>
          </div>
          <p id="quick-hint" className="hint">
            {t.quickSearchHint}
          </p>
        </form>
        {live ? (
          <p className="home__locate">
            <button type="button" className="button button--link" onClick={locate}>
              {t.useMyLocation}
            </button>{' '}
            <span className="hint">{t.locationNote}</span>
          </p>
        ) : null}
        <p role="status" className="status">
          {status}
        </p>
      </section>
    </div>
  );
}
