import { z } from 'zod';
import { termIds } from './term.js';

/** Age groups a visitor can choose; they do not overlap, so a line's age limit can be checked. */
export const AGE_GROUPS = [
  {
    id: 'under-18',
    label: { en: 'Under 18', es: 'Menos de 18 años' },
    description: { en: 'A child or a teen.', es: 'Un niño, una niña o un adolescente.' },
  },
  {
    id: '18-to-24',
    label: { en: '18 to 24', es: 'De 18 a 24 años' },
    description: { en: 'A young adult.', es: 'Un adulto joven.' },
  },
  {
    id: '25-to-64',
    label: { en: '25 to 64', es: 'De 25 a 64 años' },
    description: { en: 'An adult.', es: 'Un adulto.' },
  },
  {
    id: '65-and-over',
    label: { en: '65 or older', es: '65 años o más' },
    description: { en: 'An older adult.', es: 'Un adulto mayor.' },
  },
] as const;

/** An age-group id. */
export const AgeGroupSchema = z.enum(termIds(AGE_GROUPS));
/** An age-group id. */
export type AgeGroup = z.infer<typeof AgeGroupSchema>;

/** The ages each group covers, inclusive; `max` is absent for the open-ended group. */
export const AGE_GROUP_YEARS: Readonly<Record<AgeGroup, { readonly min: number; readonly max?: number }>> = {
  'under-18': { min: 0, max: 17 },
  '18-to-24': { min: 18, max: 24 },
  '25-to-64': { min: 25, max: 64 },
  '65-and-over': { min: 65 },
};

/** Whether everyone in `group` is at most `maxAge` years old (a line "for people under 25" has maxAge 24). */
export function ageGroupWithin(group: AgeGroup, maxAge: number): boolean {
  const { max } = AGE_GROUP_YEARS[group];
  return max !== undefined && max <= maxAge;
}
