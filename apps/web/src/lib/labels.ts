import { termLabel, type UiLocale, VOCABULARIES, type VocabularyName } from '@recovery-circles/core';

/** The labels of vocabulary ids in the interface language, joined for a line of text. */
export function labelList(vocab: VocabularyName, ids: readonly string[], locale: UiLocale): string {
  return ids.map((id) => termLabel(VOCABULARIES[vocab], id, locale)).join(', ');
}

/** The label of one vocabulary id in the interface language. */
export function label(vocab: VocabularyName, id: string, locale: UiLocale): string {
  return termLabel(VOCABULARIES[vocab], id, locale);
}

/** Every term of a vocabulary as [id, label] pairs in the interface language, in the vocabulary's order. */
export function options(vocab: VocabularyName, locale: UiLocale): [string, string][] {
  return VOCABULARIES[vocab].map((term) => [term.id, locale === 'es' ? term.label.es : term.label.en]);
}
