import { z } from 'zod';
import { SERVES } from './serves-terms.js';
import { termIds } from './term.js';

export { SERVES };

/** Who a resource serves. */
export const ServesSchema = z.enum(termIds(SERVES));
/** Who a resource serves. */
export type Serves = z.infer<typeof ServesSchema>;
