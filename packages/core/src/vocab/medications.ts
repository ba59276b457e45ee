import { z } from 'zod';
import { MEDICATIONS } from './medications-terms.js';
import { termIds } from './term.js';

export { MEDICATIONS };

/** A medication id. */
export const MedicationSchema = z.enum(termIds(MEDICATIONS));
/** A medication id. */
export type Medication = z.infer<typeof MedicationSchema>;

/** Medications for opioid use disorder (MOUD). */
export const MOUD_MEDICATIONS: readonly Medication[] = ['methadone', 'buprenorphine', 'naltrexone'];

/** Medications for alcohol use disorder. */
export const ALCOHOL_MEDICATIONS: readonly Medication[] = ['naltrexone', 'acamprosate', 'disulfiram'];
