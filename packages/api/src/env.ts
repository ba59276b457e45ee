import { resolve } from 'node:path';
import { z } from 'zod';

/** Every setting the server reads from its environment, validated in one place. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** A PostgreSQL URL; when absent the embedded database (PGlite) in DATA_DIR is used. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Where the embedded database keeps its files. */
  DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** A folder whose files are imported at start when new or changed (see the README). */
  IMPORT_DIR: z.string().optional(),
  /** Origin of the map tile server the web app was built for (VITE_MAP_TILE_URL), allowed in the CSP. */
  MAP_TILE_ORIGIN: z.url({ protocol: /^https?$/ }).default('https://tile.openstreetmap.org'),
  /** Built web app to serve at / (set by `npm start`); the API alone when absent. */
  WEB_DIST_DIR: z.string().optional(),
  /** Built admin app to serve at /admin/ (set by `npm start`). */
  ADMIN_DIST_DIR: z.string().optional(),
});
export type Env = z.infer<typeof EnvSchema>;

/** Parses the environment, or throws one readable error naming every bad variable. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  // Folders are resolved against the working directory, so relative paths work everywhere.
  const env: Env = { ...parsed.data, DATA_DIR: resolve(parsed.data.DATA_DIR) };
  for (const key of ['IMPORT_DIR', 'WEB_DIST_DIR', 'ADMIN_DIST_DIR'] as const) {
    const dir = env[key];
    if (dir !== undefined) env[key] = resolve(dir);
  }
  return env;
}
