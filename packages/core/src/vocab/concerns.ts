import { z } from 'zod';
import { CONCERNS } from './concerns-terms.js';
import { termIds } from './term.js';

export { CONCERNS };

/** A concern id. */
export const ConcernSchema = z.enum(termIds(CONCERNS));
/** A concern id. */
export type Concern = z.infer<typeof ConcernSchema>;

/** Concerns about substances, which `general-substance-use` stands for as a group. */
export const SUBSTANCE_CONCERNS: readonly Concern[] = [
  'alcohol',
  'opioids',
  'stimulants',
  'cannabis',
  'sedatives',
  'tobacco',
  'general-substance-use',
];

/** Mental-health concerns, which `general-mental-health` stands for as a group. */
export const MENTAL_HEALTH_CONCERNS: readonly Concern[] = [
  'depression',
  'anxiety',
  'bipolar',
  'psychosis',
  'trauma',
  'eating-disorders',
  'general-mental-health',
];
