import type { UiLocale } from '@recovery-circles/core';
import { useEffect, useState } from 'react';
import type { Messages } from '../i18n/messages.js';
import { storeLocale } from '../lib/locale-preference.js';
import { type PageId, pageHref } from '../routes.js';

/** A link to the same page, with the same answers, in the other language. */
export function LanguageSwitch({ page, locale, t }: { page: PageId; locale: UiLocale; t: Messages }) {
  const other: UiLocale = locale === 'en' ? 'es' : 'en';
  // The prerendered link has no query; after hydration it carries the page's answers along.
  const [query, setQuery] = useState('');
  useEffect(() => {
    const update = () => setQuery(window.location.search.replace(/^\?/, ''));
    update();
    window.addEventListener('popstate', update);
    window.addEventListener('rc:urlchange', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('rc:urlchange', update);
    };
  }, []);
  const target = page === 'not-found' ? 'home' : page;
  return (
    <a
      className="site-header__lang"
      href={pageHref(target, other, query)}
      hrefLang={other}
      lang={other}
      onClick={() => storeLocale(window.localStorage, other)}
    >
      <span aria-hidden="true">{t.languageSwitch}</span>
      <span className="visually-hidden">{t.languageSwitchLabel}</span>
    </a>
  );
}
