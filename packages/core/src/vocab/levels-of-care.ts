import { z } from 'zod';
import { LEVELS_OF_CARE } from './levels-of-care-terms.js';
import { termIds } from './term.js';

export { LEVELS_OF_CARE };

/** A level-of-care id. */
export const LevelOfCareSchema = z.enum(termIds(LEVELS_OF_CARE));
/** A level-of-care id. */
export type LevelOfCare = z.infer<typeof LevelOfCareSchema>;
