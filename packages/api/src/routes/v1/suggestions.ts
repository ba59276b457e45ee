import { randomUUID } from 'node:crypto';
import { ProblemSchema, SuggestionReceiptSchema, SuggestionRequestSchema } from '@recovery-circles/core';
import type { AppInstance } from '../../app.js';
import { problem } from '../../plugins/errors.js';

/**
 * `POST /v1/suggestions`: a visitor suggests a resource or reports a problem, field by field.
 * Stored as pending for curators; no account; rate-limited; a filled honeypot is accepted
 * quietly and dropped, so bots learn nothing.
 */
export async function suggestionsRoute(app: AppInstance): Promise<void> {
  app.post(
    '/suggestions',
    {
      config: { rateLimit: { max: app.limits.suggestionsPerHour, timeWindow: '1 hour' } },
      schema: {
        tags: ['suggestions'],
        summary: 'Suggest a resource or report a problem (reviewed by curators)',
        body: SuggestionRequestSchema,
        response: { 202: SuggestionReceiptSchema, 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const receipt = { id: randomUUID(), status: 'pending' as const, receivedAt: new Date().toISOString() };
      if (body.website) return reply.status(202).send(receipt);
      if (body.resourceId) {
        const exists = await app.storage.db
          .selectFrom('resources')
          .select('id')
          .where('id', '=', body.resourceId)
          .executeTakeFirst();
        if (!exists) {
          return reply
            .status(404)
            .type('application/problem+json')
            .send(
              problem('not_found', 'No such resource', `There is no resource with id "${body.resourceId}".`),
            );
        }
      }
      await app.storage.db
        .insertInto('suggestions')
        .values({
          id: receipt.id,
          resource_id: body.resourceId ?? null,
          type: body.type,
          changes: JSON.stringify({ changes: body.changes }),
          message: body.message ?? null,
          created_at: receipt.receivedAt,
        })
        .execute();
      return reply.status(202).send(receipt);
    },
  );
}
