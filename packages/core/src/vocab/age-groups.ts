import { z } from 'zod';
import { AGE_GROUPS } from './age-groups-terms.js';
import { termIds } from './term.js';

export { AGE_GROUPS };

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
