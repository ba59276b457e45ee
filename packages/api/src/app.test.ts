import { CRISIS_LINES, CrisisLinesResponseSchema, ProblemSchema } from '@recovery-circles/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKENDS, freshStorage } from '../test/backends.js';
import { type AppInstance, buildApp } from './app.js';
import type { Storage } from './db/database.js';
import { migrate } from './db/migrate.js';

describe.each(BACKENDS)('the API on %s', (backend) => {
  let storage: Storage;
  let app: AppInstance;

  beforeAll(async () => {
    storage = await freshStorage(backend);
    app = await buildApp({ storage });
  });
  afterAll(async () => {
    await app.close();
    await storage.close();
  });

  it('is alive and ready', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', checks: { database: 'ok' } });
  });

  it('serves every crisis line from the database, in order, with 988 first', async () => {
    const response = await app.inject('/v1/crisis-lines');
    expect(response.statusCode).toBe(200);
    const { data } = CrisisLinesResponseSchema.parse(response.json());
    expect(data.map((l) => l.id)).toEqual(CRISIS_LINES.map((l) => l.id));
    expect(data[0]?.channels).toContainEqual(expect.objectContaining({ type: 'call', number: '988' }));
    expect(data.find((l) => l.id === 'samhsa-helpline')?.channels).toContainEqual(
      expect.objectContaining({ type: 'call', number: '1-800-662-4357' }),
    );
    const rows = await storage.db.selectFrom('crisis_lines').select('id').execute();
    expect(rows).toHaveLength(CRISIS_LINES.length);
  });

  it('holds the records it read as text, and parses them ahead once it listens', async () => {
    const listening = await buildApp({ storage, followChangesMs: 0 });
    try {
      expect(listening.directory.index.parseStored(0)).toBe(listening.directory.index.size);
      await listening.listen({ host: '127.0.0.1', port: 0 });
      await vi.waitFor(() => expect(listening.directory.index.parseStored(0)).toBe(0));
    } finally {
      await listening.close();
    }
  });

  it('migrates once and seeds idempotently on a second start', async () => {
    expect(await migrate(storage.db)).toEqual([]);
    const again = await buildApp({ storage });
    await again.close();
    const rows = await storage.db.selectFrom('crisis_lines').select('id').execute();
    expect(rows).toHaveLength(CRISIS_LINES.length);
  });

  it('answers unknown routes with problem+json, never HTML or a stack', async () => {
    const response = await app.inject('/v1/nothing-here?zip=12345');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(ProblemSchema.parse(response.json()).code).toBe('not_found');
    expect(response.body).not.toContain('12345');
  });

  it('sets security headers', async () => {
    const response = await app.inject('/v1/crisis-lines');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves readable docs without any script, the curator templates and Prometheus metrics', async () => {
    const docs = await app.inject('/docs');
    expect(docs.headers['content-type']).toContain('text/html');
    expect(docs.body).toContain('GET /v1/resources');
    expect(docs.body).toContain('POST /v1/match');
    expect(docs.body).not.toContain('<script');
    const template = await app.inject('/v1/templates/curator-meetings.csv');
    expect(template.headers['content-type']).toContain('text/csv');
    expect(template.body.split('\n')[0]).toContain('name');
    expect((await app.inject('/v1/templates/other.csv')).statusCode).toBe(400);
    const metrics = await app.inject('/metrics');
    expect(metrics.body).toMatch(/^directory_resources \d+$/m);
    expect(metrics.body).toContain(
      'http_request_duration_seconds_count{method="GET",route="/docs",status="200"} 1',
    );
  });

  it('publishes an OpenAPI 3.1 document that lists the crisis lines', async () => {
    const doc = (await app.inject('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/v1/crisis-lines');
  });
});
