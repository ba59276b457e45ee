import type { AppInstance } from '../../app.js';
import { crisisLinesRoute } from './crisis-lines.js';

/** The public API, version 1. */
export async function v1Routes(app: AppInstance): Promise<void> {
  await app.register(crisisLinesRoute);
}
