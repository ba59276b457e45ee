import { z } from 'zod';
import { RELATIONSHIPS } from './relationships-terms.js';
import { termIds } from './term.js';

export { RELATIONSHIPS };

/** A relationship id. */
export const RelationshipSchema = z.enum(termIds(RELATIONSHIPS));
/** A relationship id. */
export type Relationship = z.infer<typeof RelationshipSchema>;
