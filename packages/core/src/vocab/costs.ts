import { z } from 'zod';
import { COSTS } from './costs-terms.js';
import { termIds } from './term.js';

export { COSTS };

/** A cost or payment id. */
export const CostSchema = z.enum(termIds(COSTS));
/** A cost or payment id. */
export type Cost = z.infer<typeof CostSchema>;

/** The cost ids that are kinds of insurance, which a visitor can say they have. */
export const INSURANCE_COSTS: readonly Cost[] = [
  'medicaid',
  'medicare',
  'private-insurance',
  'military-insurance',
  'state-insurance',
];

/** The cost ids that mean nobody has to pay. */
export const NO_CHARGE_COSTS: readonly Cost[] = ['free', 'donation'];
