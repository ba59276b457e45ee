import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import { loadUsGeo } from '@recovery-circles/core/geo-us';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyServerOptions,
  type RawServerDefault,
} from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { LoggerOptions } from 'pino';
import type { Storage } from './db/database.js';
import { migrate } from './db/migrate.js';
import { type AppDirs, inlineStyleHashes, notFoundPages, serveApps } from './plugins/apps.js';
import { registerErrorHandling } from './plugins/errors.js';
import { registerEtags } from './plugins/etags.js';
import { registerMetrics } from './plugins/metrics.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { docsRoute } from './routes/docs.js';
import { healthRoutes } from './routes/health.js';
import { hsdsRoutes } from './routes/hsds.js';
import { v1Routes } from './routes/v1/index.js';
import { type LiveIndex, openLiveIndex } from './search/live-index.js';
import { readSnapshotFile, snapshotFileIn } from './search/snapshot.js';
import { loadStarterData } from './seed/starter.js';

declare module 'fastify' {
  interface FastifyInstance {
    storage: Storage;
    /** Per-client request limits, read by the routes that set their own. */
    limits: RateLimits;
    /** The search index over the directory, following every write. */
    directory: LiveIndex;
  }
}

/** The app as its routes see it: Fastify with zod schemas as the type provider. */
export type AppInstance = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Requests one client may make: on any route per minute, and on the costly or writing ones. */
/**
 * How often a replica reads the change version for other replicas' writes: an indexed
 * query that finds nothing most of the time, and what keeps every replica within a second.
 */
const FOLLOW_CHANGES_MS = 200;

export interface RateLimits {
  perMinute: number;
  matchPerMinute: number;
  suggestionsPerHour: number;
}
const DEFAULT_LIMITS: RateLimits = { perMinute: 600, matchPerMinute: 120, suggestionsPerHour: 10 };

export interface AppOptions {
  storage: Storage;
  /** pino options, or false for no logs (tests). */
  logger?: LoggerOptions | boolean;
  /** Origin of the map tiles the web app loads (default OpenStreetMap's). */
  tileOrigin?: string;
  /** Serve the built apps at / and /admin/. */
  apps?: AppDirs;
  /** How many requests one client may make (defaults in DEFAULT_LIMITS). */
  limits?: Partial<RateLimits>;
  /** Follow other replicas' writes by polling every this many ms (default 200; 0 to not follow). */
  followChangesMs?: number;
  /** Migrate and load the starter data before serving (default true). */
  prepare?: boolean;
}

/**
 * Every schema is zod's, compiled by the type provider's compilers (also set on the app
 * below, where they are typed). Handing them to Fastify as its compiler factories means it
 * does not load Ajv and fast-json-stringify, a fifth of a second of every start. Fastify's
 * types name Ajv's factories, hence the cast.
 */
const ZOD_COMPILERS = {
  buildValidator: () => validatorCompiler,
  buildSerializer: () => serializerCompiler,
} as unknown as NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;

/**
 * Builds the whole server without listening: tests call this and use `app.inject`, the
 * process entry (server.ts) calls it and listens.
 */
export async function buildApp(options: AppOptions): Promise<AppInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 1024 * 1024,
    connectionTimeout: 30_000,
    requestTimeout: 30_000,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
    schemaController: { compilersFactory: ZOD_COMPILERS },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  app.decorate('storage', options.storage);
  app.decorate('limits', limits);
  registerErrorHandling(app, options.apps ? notFoundPages(options.apps.web) : undefined);
  registerSecurityHeaders(app, {
    tileOrigin: options.tileOrigin ?? 'https://tile.openstreetmap.org',
    styleHashes: options.apps ? inlineStyleHashes(options.apps.web) : [],
  });
  registerMetrics(app, () => ({
    directory_resources: { help: 'Resources in the search index.', value: app.directory.index.size },
  }));

  const dataDir = options.storage.dataDir;
  const snapshotFile = dataDir === undefined ? undefined : snapshotFileIn(dataDir);
  // Read while the embedded database opens on its own thread (see db/embedded.ts).
  const snapshotRead = snapshotFile === undefined ? undefined : readSnapshotFile(snapshotFile, app.log);
  if (options.prepare ?? true) {
    const applied = await migrate(options.storage.db);
    const seeded = await loadStarterData(options.storage.db);
    app.log.info({ migrations: applied, ...seeded }, 'database ready');
  }
  const started = performance.now();
  const directory = await openLiveIndex(options.storage.db, {
    pollMs: options.followChangesMs ?? FOLLOW_CHANGES_MS,
    log: app.log,
    readAhead: options.storage.readAhead,
    ...(snapshotFile !== undefined && snapshotRead !== undefined ? { snapshotFile, snapshotRead } : {}),
  });
  app.log.info(
    {
      resources: directory.index.size,
      fromSnapshot: directory.fromSnapshot,
      ms: Math.round(performance.now() - started),
    },
    'search index built',
  );
  if ((options.followChangesMs ?? FOLLOW_CHANGES_MS) > 0) directory.follow();
  app.decorate('directory', directory);
  app.addHook('onClose', () => directory.stop());
  // Once it listens, the server readies between requests what the first ones would otherwise
  // wait for: the records the index still holds as text, the remote classes matching reads,
  // then the ZIP data (about 1 s of work, which would hold up ready by as much if it were
  // loaded before).
  app.addHook('onListen', async () => {
    directory
      .parseAhead()
      .then(() => loadUsGeo())
      .catch((err: unknown) => app.log.warn({ err }, 'warming up failed; the first requests will do it'));
  });

  registerEtags(app);
  await app.register(fastifyRateLimit, {
    global: true,
    max: limits.perMinute,
    timeWindow: '1 minute',
    // Counted in memory per replica, by client address; the address is never logged.
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`Please wait ${Math.ceil(context.ttl / 1000)} s and try again.`), {
        statusCode: context.statusCode,
      }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Recovery Circles API',
        version: '1.0.0',
        description: 'Public read API of the Recovery Circles directory.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(healthRoutes);
  await app.register(v1Routes, { prefix: '/v1' });
  await app.register(hsdsRoutes, { prefix: '/hsds' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(docsRoute);
  if (options.apps) await serveApps(app, options.apps);
  return app;
}
