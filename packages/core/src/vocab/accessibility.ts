import { z } from 'zod';
import { ACCESSIBILITY_FEATURES } from './accessibility-terms.js';
import { termIds } from './term.js';

export { ACCESSIBILITY_FEATURES };

/** An accessibility feature id. */
export const AccessibilityFeatureSchema = z.enum(termIds(ACCESSIBILITY_FEATURES));
/** An accessibility feature id. */
export type AccessibilityFeature = z.infer<typeof AccessibilityFeatureSchema>;
