import type { MouseEvent } from 'react';
import type { Messages } from '../i18n/messages.js';
import { QUICK_EXIT_URL, quickExit } from '../lib/quick-exit.js';

/**
 * Leaves the site for a neutral one. A plain link without JavaScript; with it, the page is
 * replaced in the tab's history so "back" does not return here.
 */
export function QuickExit({ t }: { t: Messages }) {
  const leave = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    quickExit(window.location);
  };
  return (
    <a className="quick-exit" href={QUICK_EXIT_URL} rel="noreferrer" onClick={leave} title={t.quickExitHint}>
      {t.quickExit}
    </a>
  );
}
