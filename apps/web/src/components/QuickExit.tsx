import type { Messages } from '../i18n/messages.js';
import { QUICK_EXIT_URL } from '../lib/quick-exit.js';

/**
 * Leaves the site for a neutral one. A plain link without JavaScript; with it, the page is
 * replaced in the tab's history so "back" does not return here (`lib/before-live.ts`, from
 * the moment the page starts, before the app is live).
 */
export function QuickExit({ t }: { t: Messages }) {
  return (
    <a className="quick-exit" href={QUICK_EXIT_URL} rel="noreferrer" title={t.quickExitHint}>
      {t.quickExit}
    </a>
  );
}
