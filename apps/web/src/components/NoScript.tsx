import type { UiLocale } from '@recovery-circles/core';
import type { Messages } from '../i18n/messages.js';
import { pageHref } from '../routes.js';

/** Says, to visitors without JavaScript, that this page needs it and where help works without it. */
export function NoScript({ t, locale }: { t: Messages; locale: UiLocale }) {
  return (
    <noscript>
      <p className="notice">
        {t.noScript} <a href={pageHref('crisis', locale)}>{t.allLines}</a>
      </p>
    </noscript>
  );
}
