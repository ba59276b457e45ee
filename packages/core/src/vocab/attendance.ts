import { z } from 'zod';
import { ATTENDANCE_MODES } from './attendance-terms.js';
import { termIds } from './term.js';

export { ATTENDANCE_MODES };

/** An attendance mode id. */
export const AttendanceModeSchema = z.enum(termIds(ATTENDANCE_MODES));
/** An attendance mode id. */
export type AttendanceMode = z.infer<typeof AttendanceModeSchema>;
