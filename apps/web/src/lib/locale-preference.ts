import type { UiLocale } from '@recovery-circles/core';

const KEY = 'recovery-circles.locale';

/** The language the visitor chose on this browser, if they ever did. */
export function storedLocale(storage: Pick<Storage, 'getItem'> | undefined): UiLocale | undefined {
  try {
    const value = storage?.getItem(KEY);
    return value === 'en' || value === 'es' ? value : undefined;
  } catch {
    // Storage can be off (private modes, policies): then there is simply no preference.
    return undefined;
  }
}

/** Remembers the visitor's language on this browser only. */
export function storeLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: UiLocale): void {
  try {
    storage?.setItem(KEY, locale);
  } catch {
    // Without storage the choice lasts for this page only; nothing else to do.
  }
}

/** Whether the browser's languages put Spanish before English. */
export function prefersSpanish(languages: readonly string[]): boolean {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'es') return true;
    if (primary === 'en') return false;
  }
  return false;
}

/**
 * On a first visit to an English page, the Spanish page to go to when the browser prefers
 * Spanish. The choice is stored before going, so there is never a second redirect, and a
 * visitor who picks English with the switch stays on English pages.
 */
export function firstVisitRedirect(options: {
  locale: UiLocale;
  stored: UiLocale | undefined;
  languages: readonly string[];
  path: string;
}): string | undefined {
  if (options.locale !== 'en' || options.stored !== undefined) return undefined;
  if (!prefersSpanish(options.languages)) return undefined;
  return `/es${options.path.startsWith('/') ? options.path : `/${options.path}`}`;
}
