import { ACCESSIBILITY_FEATURES } from './accessibility.js';
import { AGE_GROUPS } from './age-groups.js';
import { APPROACHES } from './approaches.js';
import { ATTENDANCE_MODES } from './attendance.js';
import { AUDIENCES } from './audiences.js';
import { CIRCLES } from './circles.js';
import { CONCERNS } from './concerns.js';
import { COSTS } from './costs.js';
import { LEVELS_OF_CARE } from './levels-of-care.js';
import { MEDICATIONS } from './medications.js';
import { RELATIONSHIPS } from './relationships.js';
import { RESOURCE_KINDS } from './resource-kinds.js';
import { SERVES } from './serves.js';
import { termLabel, type VocabularyTerm } from './term.js';
import { URGENCIES } from './urgency.js';

/** Every controlled vocabulary by name, for forms, filters and API documentation. */
export const VOCABULARIES = {
  circles: CIRCLES,
  resourceKinds: RESOURCE_KINDS,
  serves: SERVES,
  concerns: CONCERNS,
  approaches: APPROACHES,
  audiences: AUDIENCES,
  attendance: ATTENDANCE_MODES,
  costs: COSTS,
  accessibility: ACCESSIBILITY_FEATURES,
  levelsOfCare: LEVELS_OF_CARE,
  medications: MEDICATIONS,
  relationships: RELATIONSHIPS,
  ageGroups: AGE_GROUPS,
  urgency: URGENCIES,
} as const;

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
