import { z } from 'zod';
import { CIRCLES } from './circles-terms.js';
import { termIds } from './term.js';

export { CIRCLES };

/** A circle id: `family`, `peers`, `professionals` or `crisis`. */
export const CircleSchema = z.enum(termIds(CIRCLES));
/** A circle id. */
export type Circle = z.infer<typeof CircleSchema>;
