import { z } from 'zod';
import { RESOURCE_KINDS } from './resource-kinds-terms.js';
import { termIds } from './term.js';

export { RESOURCE_KINDS };

/** A resource kind id. */
export const ResourceKindSchema = z.enum(termIds(RESOURCE_KINDS));
/** A resource kind id. */
export type ResourceKind = z.infer<typeof ResourceKindSchema>;
