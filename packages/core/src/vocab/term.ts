import { z } from 'zod';
import { type LocalizedText, LocalizedTextSchema, localize } from '../i18n.js';

/** A vocabulary id: the stable API code, lowercase words joined by dashes. */
export const TermIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by dashes');

/** One term of a controlled vocabulary: its stable id and plain words in every UI language. */
export const VocabularyTermSchema = z.object({
  id: TermIdSchema,
  label: LocalizedTextSchema,
  description: LocalizedTextSchema,
});

/** One term of a controlled vocabulary. */
export interface VocabularyTerm<Id extends string = string> {
  readonly id: Id;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
}

/** A non-empty, ordered list of terms; the order is the order a form shows them in. */
export type Vocabulary = readonly [VocabularyTerm, ...VocabularyTerm[]];

/** The ids of a vocabulary, as a tuple of literal types (what `z.enum` needs). */
export type VocabularyIds<T extends Vocabulary> = { -readonly [K in keyof T]: T[K]['id'] };

/**
 * The ids of a vocabulary's terms, in order, typed as literals so `z.enum(termIds(TERMS))`
 * keeps each id as its own type.
 */
export function termIds<const T extends Vocabulary>(terms: T): VocabularyIds<T> {
  // A mapped tuple type cannot be produced by Array#map's signature; the shape is the same.
  return terms.map((term) => term.id) as VocabularyIds<T>;
}

/** The term with `id`, or undefined when the vocabulary has no such term. */
export function findTerm<T extends Vocabulary>(terms: T, id: string): T[number] | undefined {
  return terms.find((term) => term.id === id);
}

/** A term's label in `locale` (English when the locale is not shipped); the id itself when unknown. */
export function termLabel(terms: Vocabulary, id: string, locale: string): string {
  const term = findTerm(terms, id);
  // Imported records can carry ids a newer vocabulary added; the raw id is still readable.
  return term ? localize(term.label, locale) : id;
}
