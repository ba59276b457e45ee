import { buildApp } from '../src/app.js';
import { openStorage } from '../src/db/database.js';

const t0 = performance.now();
const storage = await openStorage({ kind: 'pglite', dataDir: process.argv[2] ?? '' });
const t1 = performance.now();
const app = await buildApp({ storage, logger: false, followChangesMs: 0, rateLimitPerMinute: 1e9 });
const t2 = performance.now();
await app.listen({ port: 0, host: '127.0.0.1' });
const addr = app.server.address();
const port = typeof addr === 'object' && addr ? addr.port : 0;
const r = await fetch(`http://127.0.0.1:${port}/readyz`);
const t3 = performance.now();
console.log(r.status, {
  open: t1 - t0,
  build: t2 - t1,
  ready: t3 - t0,
  size: app.directory.index.size,
  rss: process.memoryUsage().rss / 2 ** 20,
  heap: process.memoryUsage().heapUsed / 2 ** 20,
});
for (const q of [
  'zip=19103&radius=10',
  'zip=10001&kind=meeting&radius=5&sort=distance',
  'zip=37203&radius=10&limit=50',
]) {
  const s = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/v1/resources?${q}`);
  const body = await res.text();
  console.log(q, res.status, body.length, JSON.parse(body).total, performance.now() - s);
}
await app.close();
await storage.close();
