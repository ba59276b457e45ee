import type { LocalizedText, UiLocale } from '@recovery-circles/core';
import { localize } from './text.js';

/*
 * Callers pass core's term arrays themselves (`COSTS`, `CONCERNS`…) rather than a name in
 * `VOCABULARIES`, so each page bundles only the vocabularies it shows. Core's own lookup
 * (`termLabel`) sits beside zod schemas; this one follows the same rule without them.
 */

/** The terms of one vocabulary, as core exports them (ids and labels in every language). */
export type Terms = readonly { readonly id: string; readonly label: LocalizedText }[];

/** The label of one vocabulary id in the interface language; an id the vocabulary does not know reads as is. */
export function label(terms: Terms, id: string, locale: UiLocale): string {
  const term = terms.find((t) => t.id === id);
  return term ? localize(term.label, locale) : id;
}

/** The labels of vocabulary ids in the interface language, joined for a line of text. */
export function labelList(terms: Terms, ids: readonly string[], locale: UiLocale): string {
  return ids.map((id) => label(terms, id, locale)).join(', ');
}

/** Every term of a vocabulary as [id, label] pairs in the interface language, in the vocabulary's order. */
export function options(terms: Terms, locale: UiLocale): [string, string][] {
  return terms.map((term) => [term.id, localize(term.label, locale)]);
}
