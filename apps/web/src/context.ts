import type { CrisisLine, UiLocale } from '@recovery-circles/core';
import { createContext, useContext } from 'react';
import { MESSAGES, type Messages } from './i18n/messages.js';

/** The crisis lines as the page shows them: built in, then refreshed from the API. */
export const CrisisLinesContext = createContext<readonly CrisisLine[]>([]);

/** The crisis lines the page shows. */
export function useCrisisLines(): readonly CrisisLine[] {
  return useContext(CrisisLinesContext);
}

/** What every page component receives. */
export interface PageProps {
  locale: UiLocale;
}

/** A page's document title in a locale: each page module exports one as `title`. */
export type PageTitle = (locale: UiLocale) => string;

/** The shared strings of a locale. */
export function messagesFor(locale: UiLocale): Messages {
  return MESSAGES[locale];
}
