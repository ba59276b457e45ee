import type { UiLocale } from '@recovery-circles/core';

/*
 * The strings of each interface language are modules of their own (`messages.en.ts`,
 * `messages.es.ts`…). A page is in one language, and switching language loads the other page,
 * so a built page loads its own language only: half the strings. Each set of strings the page's
 * code uses is loaded with the page (`pages/loaders.ts` calls `loadStrings` before a page
 * shows), and the build lists them with the page's modules, so boot.ts asks for them with the
 * rest. The prerender step and the tests have every language at once (`all.ts`).
 */

interface StringSet {
  strings: Partial<Record<UiLocale, unknown>>;
  load: Record<UiLocale, () => Promise<unknown>>;
  loading: Partial<Record<UiLocale, Promise<void>>>;
}

const sets: StringSet[] = [];

/** A set of strings by language, each language filled in by `loadStrings` (or `all.ts`). */
export function lazyStrings<T>(load: Record<UiLocale, () => Promise<T>>): Record<UiLocale, T> {
  const set: StringSet = { strings: {}, load, loading: {} };
  sets.push(set);
  return set.strings as Record<UiLocale, T>;
}

/** Loads `locale`'s strings of every set the code loaded so far uses (before a page shows). */
export async function loadStrings(locale: UiLocale): Promise<void> {
  await Promise.all(
    sets.map((set) => {
      set.loading[locale] ??= set.load[locale]().then((strings) => {
        set.strings[locale] = strings;
      });
      return set.loading[locale];
    }),
  );
}
