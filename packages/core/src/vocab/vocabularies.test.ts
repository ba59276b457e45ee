import { describe, expect, expectTypeOf, it } from 'vitest';
import { AGE_GROUP_YEARS, AGE_GROUPS, ageGroupWithin } from './age-groups.js';
import { CONCERNS, type Concern, ConcernSchema } from './concerns.js';
import { COSTS, INSURANCE_COSTS } from './costs.js';
import { MEDICATIONS, MOUD_MEDICATIONS } from './medications.js';
import { VocabularyTermSchema } from './term.js';
import { VOCABULARIES, type VocabularyName, vocabularyLabel, vocabularyTerm } from './vocabularies.js';

const entries = Object.entries(VOCABULARIES) as [VocabularyName, (typeof VOCABULARIES)[VocabularyName]][];

describe('vocabularies', () => {
  it.each(entries)('%s: every term is well formed and its id is unique', (_name, terms) => {
    for (const term of terms) expect(VocabularyTermSchema.safeParse(term).success).toBe(true);
    const ids = terms.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(entries)('%s: wording stays short and plain in both languages', (_name, terms) => {
    for (const term of terms) {
      for (const text of [term.description.en, term.description.es]) {
        expect(text.length).toBeLessThanOrEqual(140);
        for (const sentence of text.split(/[.;:!?]\s+/)) {
          expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(22);
        }
      }
      expect(term.label.en.length).toBeLessThanOrEqual(60);
      expect(term.label.es.length).toBeLessThanOrEqual(60);
    }
  });

  it('keeps the ids the API promises', () => {
    const ids = (name: VocabularyName) => VOCABULARIES[name].map((term) => term.id);
    expect(ids('circles')).toEqual(['family', 'peers', 'professionals', 'crisis']);
    expect(ids('resourceKinds')).toEqual(['meeting', 'service', 'provider', 'hotline', 'online-community']);
    expect(ids('serves')).toEqual(['person-in-recovery', 'family-and-friends', 'both']);
    expect(ids('attendance')).toEqual(['in-person', 'online', 'hybrid', 'phone']);
    expect(ids('concerns')).toEqual(
      expect.arrayContaining([
        'alcohol',
        'opioids',
        'stimulants',
        'cannabis',
        'sedatives',
        'gambling',
        'eating-disorders',
        'co-occurring',
        'depression',
        'anxiety',
        'bipolar',
        'psychosis',
        'trauma',
        'grief-after-overdose',
        'general-substance-use',
        'general-mental-health',
      ]),
    );
    expect(ids('approaches')).toEqual(
      expect.arrayContaining([
        'twelve-step',
        'secular',
        'buddhist-inspired',
        'faith-based',
        'harm-reduction',
        'medication-supportive',
      ]),
    );
    expect(ids('audiences')).toEqual(
      expect.arrayContaining([
        'women',
        'men',
        'lgbtq',
        'young-people',
        'seniors',
        'veterans',
        'people-of-color',
        'parents',
        'newcomers',
        'families',
      ]),
    );
    expect(ids('costs')).toEqual(
      expect.arrayContaining([
        'free',
        'donation',
        'sliding-scale',
        'medicaid',
        'medicare',
        'private-insurance',
        'accepts-uninsured',
        'self-pay',
      ]),
    );
    expect(ids('accessibility')).toEqual(expect.arrayContaining(['wheelchair', 'asl', 'hearing-loop']));
    expect(ids('levelsOfCare')).toEqual([
      'outpatient',
      'intensive-outpatient',
      'partial-hospitalization',
      'residential',
      'withdrawal-management',
      'opioid-treatment-program',
      'telehealth',
      'inpatient',
    ]);
    expect(ids('relationships')).toEqual(
      expect.arrayContaining(['parent', 'partner', 'child', 'sibling', 'friend', 'other-family', 'coworker']),
    );
  });

  it('builds each enum schema from the same ids as its term list', () => {
    expect(ConcernSchema.options).toEqual(CONCERNS.map((term) => term.id));
    expect(ConcernSchema.parse('opioids')).toBe('opioids');
    expect(ConcernSchema.safeParse('heroin').success).toBe(false);
    expectTypeOf<Concern>().toExtend<string>();
    expectTypeOf<'alcohol'>().toExtend<Concern>();
    expectTypeOf<'heroin'>().not.toExtend<Concern>();
  });

  it('names subsets only with ids of their vocabulary', () => {
    const costIds = new Set<string>(COSTS.map((term) => term.id));
    for (const id of INSURANCE_COSTS) expect(costIds.has(id)).toBe(true);
    const medicationIds = new Set<string>(MEDICATIONS.map((term) => term.id));
    for (const id of MOUD_MEDICATIONS) expect(medicationIds.has(id)).toBe(true);
  });
});

describe('vocabularyLabel', () => {
  it('reads a label in English or Spanish, falling back to English', () => {
    expect(vocabularyLabel('attendance', 'in-person', 'en')).toBe('In person');
    expect(vocabularyLabel('attendance', 'in-person', 'es-MX')).toBe('En persona');
    expect(vocabularyLabel('attendance', 'in-person', 'fr')).toBe('In person');
    expect(vocabularyLabel('circles', 'crisis', 'es')).toBe('Ayuda en crisis');
  });

  it('returns an unknown id as is rather than failing', () => {
    const fromNewerRelease = 'peer-respite' as Concern;
    expect(vocabularyLabel('concerns', fromNewerRelease, 'en')).toBe('peer-respite');
    expect(vocabularyTerm('concerns', 'peer-respite')).toBeUndefined();
    expect(vocabularyTerm('concerns', 'gambling')?.label.es).toBe('Juego de apuestas');
  });
});

describe('age groups', () => {
  it('do not overlap and cover every age from 0', () => {
    let next = 0;
    for (const { id } of AGE_GROUPS) {
      const years = AGE_GROUP_YEARS[id];
      expect(years.min).toBe(next);
      next = (years.max ?? Number.POSITIVE_INFINITY) + 1;
    }
    expect(next).toBe(Number.POSITIVE_INFINITY);
  });

  it('tell whether a whole group is within an upper age limit', () => {
    expect(ageGroupWithin('under-18', 24)).toBe(true);
    expect(ageGroupWithin('18-to-24', 24)).toBe(true);
    expect(ageGroupWithin('25-to-64', 24)).toBe(false);
    expect(ageGroupWithin('65-and-over', 120)).toBe(false);
  });
});
