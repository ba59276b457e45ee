import { termLabel, type VocabularyTerm } from './term.js';
import { VOCABULARIES } from './vocabularies-terms.js';

export { VOCABULARIES };

/** The name of a vocabulary in `VOCABULARIES`. */
export type VocabularyName = keyof typeof VOCABULARIES;

/** The ids of the named vocabulary. */
export type VocabularyId<V extends VocabularyName> = (typeof VOCABULARIES)[V][number]['id'];

/** The term with `id` in the named vocabulary, or undefined when there is none. */
export function vocabularyTerm<V extends VocabularyName>(
  vocab: V,
  id: string,
): VocabularyTerm<VocabularyId<V>> | undefined {
  const terms: readonly VocabularyTerm<VocabularyId<V>>[] = VOCABULARIES[vocab];
  return terms.find((term) => term.id === id);
}

/**
 * The label of a term in `locale` (English unless the locale is Spanish). An id the
 * vocabulary does not know is returned as is, so a record from a newer release still reads.
 */
export function vocabularyLabel<V extends VocabularyName>(
  vocab: V,
  id: VocabularyId<V>,
  locale: string,
): string {
  return termLabel(VOCABULARIES[vocab], id, locale);
}
