import { openStorage } from './db/database.js';
import { loadEnv } from './env.js';

/* The process entry: read the environment, open storage, listen, and close gracefully. */
const env = loadEnv();
const storage = await openStorage(
  env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir: env.DATA_DIR },
);
// The server's modules load while the embedded database opens on its own thread.
const { buildApp } = await import('./app.js');
const app = await buildApp({
  storage,
  logger: {
    level: env.LOG_LEVEL,
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    serializers: {
      // Only the path: query strings can hold a visitor's location or needs.
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
    },
  },
  tileOrigin: new URL(env.MAP_TILE_ORIGIN).origin,
  ...(env.WEB_DIST_DIR && env.ADMIN_DIST_DIR
    ? { apps: { web: env.WEB_DIST_DIR, admin: env.ADMIN_DIST_DIR } }
    : {}),
});

if (env.IMPORT_DIR) {
  const { importDirectory } = await import('./imports/import-dir.js');
  const result = await importDirectory(storage.db, env.IMPORT_DIR, app.log);
  app.log.info(result, `IMPORT_DIR ${env.IMPORT_DIR} checked`);
  await app.directory.refresh();
}

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down: finishing in-flight requests');
  const timer = setTimeout(() => {
    app.log.error('shutdown took longer than 10 s; exiting');
    process.exit(1);
  }, 10_000);
  timer.unref();
  await app.close();
  await storage.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ host: env.HOST, port: env.PORT });
const where = `http://${env.HOST === '0.0.0.0' || env.HOST === '127.0.0.1' ? 'localhost' : env.HOST}:${env.PORT}`;
const message = `Recovery Circles is ready: open ${where}/ (admin ${where}/admin/, API ${where}/v1, storage ${storage.backend})`;
app.log.info(message);
if (process.stdout.isTTY) console.log(`\n  ${message}\n`);
