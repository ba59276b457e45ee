import {
  nextOccurrences,
  ProblemSchema,
  publicView,
  ResourceParamsSchema,
  ResourceResponseSchema,
} from '@recovery-circles/core';
import { toICalendar } from '@recovery-circles/core/formats';
import type { AppInstance } from '../../app.js';
import { problem } from '../../plugins/errors.js';
import { getResource } from '../../repositories/resources.js';

const notFound = (id: string) =>
  problem('not_found', 'No such resource', `There is no resource with id "${id}". It may have been removed.`);

/** `GET /v1/resources/:id` and its calendar. */
export async function resourceRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/resources/:id',
    {
      schema: {
        tags: ['directory'],
        summary: 'Everything public about one resource, with its next occurrences',
        params: ResourceParamsSchema,
        response: { 200: ResourceResponseSchema, 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      const resource = await getResource(app.storage.db, request.params.id);
      if (!resource)
        return reply.status(404).type('application/problem+json').send(notFound(request.params.id));
      const occurrences = resource.schedule ? nextOccurrences(resource.schedule, new Date(), 5) : [];
      void reply.header('cache-control', 'public, max-age=60');
      return {
        data: publicView(resource),
        nextOccurrences: occurrences.map((o) => ({ start: o.start.toISOString(), end: o.end.toISOString() })),
      };
    },
  );

  app.get(
    '/resources/:id/calendar.ics',
    {
      schema: {
        tags: ['directory'],
        summary: 'An RFC 5545 calendar of a meeting (weekly, in its own time zone)',
        params: ResourceParamsSchema,
        produces: ['text/calendar'],
      },
    },
    async (request, reply) => {
      const resource = await getResource(app.storage.db, request.params.id);
      if (!resource)
        return reply.status(404).type('application/problem+json').send(notFound(request.params.id));
      const calendar = toICalendar(resource, {
        now: new Date(),
        uidDomain: request.hostname.split(':')[0] ?? 'localhost',
      });
      if (!calendar) {
        return reply
          .status(404)
          .type('application/problem+json')
          .send(
            problem(
              'not_found',
              'No calendar for this resource',
              'It has no weekly meeting times to add to a calendar.',
            ),
          );
      }
      return reply
        .header('cache-control', 'public, max-age=300')
        .header('content-disposition', `attachment; filename="${resource.slug}.ics"`)
        .type('text/calendar; charset=utf-8')
        .send(calendar);
    },
  );
}
