import { z } from 'zod';
import { AUDIENCES } from './audiences-terms.js';
import { termIds } from './term.js';

export { AUDIENCES };

/** An audience id. */
export const AudienceSchema = z.enum(termIds(AUDIENCES));
/** An audience id. */
export type Audience = z.infer<typeof AudienceSchema>;
