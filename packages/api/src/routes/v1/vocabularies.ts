import { VOCABULARIES, VocabulariesResponseSchema } from '@recovery-circles/core';
import type { AppInstance } from '../../app.js';

/** `GET /v1/vocabularies`: every controlled vocabulary with English and Spanish labels. */
export async function vocabulariesRoute(app: AppInstance): Promise<void> {
  const body = { data: VOCABULARIES };
  app.get(
    '/vocabularies',
    {
      schema: {
        tags: ['reference'],
        summary: 'Controlled vocabularies (circles, concerns, approaches, audiences, costs, …)',
        response: { 200: VocabulariesResponseSchema },
      },
    },
    async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=3600');
      return body;
    },
  );
}
