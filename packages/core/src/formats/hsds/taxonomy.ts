import { VOCABULARIES } from '../../vocab/vocabularies.js';
import type { HsdsAttribute, HsdsTaxonomy, HsdsTaxonomyTerm } from './hsds-types.js';
import { hsdsId } from './uuid.js';

/** The name HSDS exports give our published taxonomy (`taxonomy_term.taxonomy`). */
export const RECOVERY_CIRCLES_TAXONOMY_NAME = 'recovery-circles';

/** The vocabularies published as the "recovery-circles" taxonomy, by their name in `VOCABULARIES`. */
export const HSDS_TAXONOMY_VOCABULARIES = [
  'circles',
  'serves',
  'concerns',
  'approaches',
  'audiences',
  'attendance',
  'costs',
  'accessibility',
  'levelsOfCare',
  'medications',
] as const;
/** A vocabulary published in the HSDS taxonomy. */
export type HsdsTaxonomyVocabulary = (typeof HSDS_TAXONOMY_VOCABULARIES)[number];

/** The taxonomy object of our vocabularies, with a stable id. */
export const RECOVERY_CIRCLES_TAXONOMY: HsdsTaxonomy = {
  id: hsdsId('taxonomy', RECOVERY_CIRCLES_TAXONOMY_NAME),
  name: RECOVERY_CIRCLES_TAXONOMY_NAME,
  description:
    'The controlled vocabularies of Recovery Circles: circles of support, who a resource serves, concerns, approaches, audiences, attendance, costs, accessibility, levels of care and medications.',
  version: '1',
};

/** The code of a term in our taxonomy, e.g. "concerns:alcohol"; a vocabulary's own parent term is just its name. */
export function taxonomyTermCode(vocabulary: HsdsTaxonomyVocabulary, termId?: string): string {
  return termId === undefined ? vocabulary : `${vocabulary}:${termId}`;
}

function vocabularyParentTerm(vocabulary: HsdsTaxonomyVocabulary): HsdsTaxonomyTerm {
  return {
    id: hsdsId('taxonomy_term', taxonomyTermCode(vocabulary)),
    code: taxonomyTermCode(vocabulary),
    name: vocabulary,
    description: `The ${vocabulary} vocabulary of Recovery Circles.`,
    taxonomy: RECOVERY_CIRCLES_TAXONOMY_NAME,
    taxonomy_id: RECOVERY_CIRCLES_TAXONOMY.id,
    language: 'en',
  };
}

/** The taxonomy term of one vocabulary term (English name and description), or undefined for an unknown id. */
export function taxonomyTerm(
  vocabulary: HsdsTaxonomyVocabulary,
  termId: string,
): HsdsTaxonomyTerm | undefined {
  const terms: readonly { id: string; label: { en: string }; description: { en: string } }[] =
    VOCABULARIES[vocabulary];
  const term = terms.find((candidate) => candidate.id === termId);
  if (term === undefined) return undefined;
  return {
    id: hsdsId('taxonomy_term', taxonomyTermCode(vocabulary, termId)),
    code: taxonomyTermCode(vocabulary, termId),
    name: term.label.en,
    description: term.description.en,
    parent_id: hsdsId('taxonomy_term', taxonomyTermCode(vocabulary)),
    taxonomy: RECOVERY_CIRCLES_TAXONOMY_NAME,
    taxonomy_id: RECOVERY_CIRCLES_TAXONOMY.id,
    language: 'en',
  };
}

/** Every term of the published taxonomy: one parent term per vocabulary, then its terms. */
export function recoveryCirclesTaxonomyTerms(): HsdsTaxonomyTerm[] {
  const out: HsdsTaxonomyTerm[] = [];
  for (const vocabulary of HSDS_TAXONOMY_VOCABULARIES) {
    out.push(vocabularyParentTerm(vocabulary));
    const terms: readonly { id: string }[] = VOCABULARIES[vocabulary];
    for (const term of terms) {
      const hsdsTerm = taxonomyTerm(vocabulary, term.id);
      if (hsdsTerm !== undefined) out.push(hsdsTerm);
    }
  }
  return out;
}

/** The attribute linking record `linkId` (an HSDS `link_entity` such as "service") to one of our terms. */
export function taxonomyAttribute(
  linkEntity: string,
  linkId: string,
  vocabulary: HsdsTaxonomyVocabulary,
  termId: string,
): HsdsAttribute | undefined {
  const term = taxonomyTerm(vocabulary, termId);
  if (term === undefined) return undefined;
  return {
    id: hsdsId('attribute', `${linkId}:${term.code ?? term.id}`),
    link_id: linkId,
    taxonomy_term_id: term.id,
    link_type: vocabulary,
    link_entity: linkEntity,
    value: termId,
    taxonomy_term: { ...term, taxonomy_detail: RECOVERY_CIRCLES_TAXONOMY },
  };
}

/** Reads a "recovery-circles" term code back into its vocabulary and term id; undefined for other codes. */
export function parseTaxonomyTermCode(
  code: string,
): { vocabulary: HsdsTaxonomyVocabulary; termId: string } | undefined {
  const separator = code.indexOf(':');
  if (separator < 0) return undefined;
  const vocabulary = HSDS_TAXONOMY_VOCABULARIES.find((name) => name === code.slice(0, separator));
  if (vocabulary === undefined) return undefined;
  return { vocabulary, termId: code.slice(separator + 1) };
}
