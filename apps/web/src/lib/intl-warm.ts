import type { UiLocale } from '@recovery-circles/core';

/*
 * The first date a page formats (a meeting's next time, in the visitor's zone) makes the
 * browser load its date and time-zone data: a single long task on a phone (60–250 ms at 4×
 * slowdown), in which a tap waits. That data is kept for the whole page, workers included, so
 * `warmIntl` (called by boot.ts once the page is painted) formats a few dates the pages' way in
 * a worker, off the main thread; the pages that show times wait for it, a little, before their
 * first dates (`intlWarm`).
 */

/** How long a page waits at most for the worker before formatting dates itself. */
export const INTL_WAIT_MS = 800;

let warm: Promise<void> = Promise.resolve();

/** Starts the worker for `locale`'s date formats (once; nothing where workers cannot start). */
export function warmIntl(locale: UiLocale): void {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./intl-worker.ts', import.meta.url), { name: 'intl-warm' });
  } catch {
    return;
  }
  warm = new Promise<void>((resolve) => {
    // The worker ends itself once done (ending it from here is work for the page).
    const done = () => resolve();
    worker.onmessage = done;
    worker.onerror = done;
    setTimeout(done, INTL_WAIT_MS);
  });
  worker.postMessage({ locales: locale === 'es' ? ['es-US', 'en-US'] : ['en-US'] });
}

/** Resolves once the date data is loaded (or the worker took too long, or never started). */
export function intlWarm(): Promise<void> {
  return warm;
}
