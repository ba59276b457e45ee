import { createClient } from '@recovery-circles/core';

/**
 * The one client of the public API, same origin. Pages import this module dynamically, so
 * the validating schemas (zod) are not in the first page's bundle.
 */
export const api = createClient({ baseUrl: '' });
