import { z } from 'zod';
import { APPROACHES } from './approaches-terms.js';
import { termIds } from './term.js';

export { APPROACHES };

/** An approach id. */
export const ApproachSchema = z.enum(termIds(APPROACHES));
/** An approach id. */
export type Approach = z.infer<typeof ApproachSchema>;
