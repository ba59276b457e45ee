import { z } from 'zod';
import { termIds } from './term.js';
import { URGENCIES } from './urgency-terms.js';

export { URGENCIES };

/** An urgency id. */
export const UrgencySchema = z.enum(termIds(URGENCIES));
/** An urgency id. */
export type Urgency = z.infer<typeof UrgencySchema>;
