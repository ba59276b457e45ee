import { HealthResponseSchema, ReadyResponseSchema } from '@recovery-circles/core';
import { sql } from 'kysely';
import type { AppInstance } from '../app.js';

/** Liveness (the process answers) and readiness (the database answers). */
export async function healthRoutes(app: AppInstance): Promise<void> {
  app.get('/healthz', { schema: { hide: true, response: { 200: HealthResponseSchema } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get(
    '/readyz',
    { schema: { hide: true, response: { 200: ReadyResponseSchema, 503: ReadyResponseSchema } } },
    async (_request, reply) => {
      const database = await sql`SELECT 1`
        .execute(app.storage.db)
        .then(() => 'ok' as const)
        .catch(() => 'failing' as const);
      const ready = database === 'ok';
      return reply
        .status(ready ? 200 : 503)
        .send({ status: ready ? 'ready' : 'starting', checks: { database } });
    },
  );
}
