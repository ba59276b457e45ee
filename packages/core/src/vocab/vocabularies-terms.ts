import { ACCESSIBILITY_FEATURES } from './accessibility-terms.js';
import { AGE_GROUPS } from './age-groups-terms.js';
import { APPROACHES } from './approaches-terms.js';
import { ATTENDANCE_MODES } from './attendance-terms.js';
import { AUDIENCES } from './audiences-terms.js';
import { CIRCLES } from './circles-terms.js';
import { CONCERNS } from './concerns-terms.js';
import { COSTS } from './costs-terms.js';
import { LEVELS_OF_CARE } from './levels-of-care-terms.js';
import { MEDICATIONS } from './medications-terms.js';
import { RELATIONSHIPS } from './relationships-terms.js';
import { RESOURCE_KINDS } from './resource-kinds-terms.js';
import { SERVES } from './serves-terms.js';
import { URGENCIES } from './urgency-terms.js';

// Plain data without zod, so the web app can show labels without loading the validation
// library; `vocabularies.ts` adds the lookups.

/** Every controlled vocabulary by name, for forms, filters and API documentation. */
export const VOCABULARIES = {
  circles: CIRCLES,
  resourceKinds: RESOURCE_KINDS,
  serves: SERVES,
  concerns: CONCERNS,
  approaches: APPROACHES,
  audiences: AUDIENCES,
  attendance: ATTENDANCE_MODES,
  costs: COSTS,
  accessibility: ACCESSIBILITY_FEATURES,
  levelsOfCare: LEVELS_OF_CARE,
  medications: MEDICATIONS,
  relationships: RELATIONSHIPS,
  ageGroups: AGE_GROUPS,
  urgency: URGENCIES,
} as const;
