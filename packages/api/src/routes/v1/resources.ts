import {
  InvalidCursorError,
  ProblemSchema,
  ResourcesQueryParamsSchema,
  type SearchHit,
  SearchQueryParamsSchema,
  SearchResponseSchema,
  search,
} from '@recovery-circles/core';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { AppInstance } from '../../app.js';
import { problem, validationProblem } from '../../plugins/errors.js';
import { createResponseCache, sendAnswer } from '../../search/response-cache.js';
import { locate } from './locate.js';

/** As long as the cache keeps an answer: browsers and shared caches may keep it as long. */
const PUBLIC_FOR_30_S = 'public, max-age=30';

/** `GET /v1/resources`: search the directory with every filter, cursor-paginated. */
export async function resourcesRoute(app: AppInstance): Promise<void> {
  // Popular searches repeat (the same ZIP, the same filters): serve them from memory.
  const cache = createResponseCache({ max: 1_000, ttlMs: 30_000, etags: true });
  app.get(
    '/resources',
    {
      schema: {
        tags: ['directory'],
        summary: 'Search the directory',
        querystring: ResourcesQueryParamsSchema,
        response: { 200: SearchResponseSchema, 400: ProblemSchema },
      },
      // Hits are core's public views of stored, schema-checked records: re-checking each answer
      // against the zod schema cost more than the search itself (bench/, 100,000 resources).
      // Problems keep the checking serializer.
      serializerCompiler: (route) =>
        route.httpStatus === '200'
          ? (data: unknown) => JSON.stringify(data)
          : serializerCompiler({ ...route, schema: ProblemSchema }),
    },
    async (request, reply) => {
      const started = Date.now();
      const cached = cache.get(request.url, app.directory.version, started);
      if (cached) return sendAnswer(reply, cached, PUBLIC_FOR_30_S);
      const { zip, place, unit, near, ...rest } = request.query;
      let point = near;
      if (zip !== undefined || place !== undefined) {
        if ([near, zip, place].filter((v) => v !== undefined).length > 1) {
          return reply
            .status(400)
            .type('application/problem+json')
            .send(
              validationProblem('querystring', [
                { path: ['near'], message: 'give one of near, zip or place' },
              ]),
            );
        }
        const located = await locate(zip !== undefined ? { zip } : { place: place ?? '' });
        if (!located.ok) {
          return reply
            .status(400)
            .type('application/problem+json')
            .send(validationProblem('querystring', [{ path: [located.field], message: located.message }]));
        }
        point = `${located.point.lat},${located.point.lng}`;
      }
      const parsed = SearchQueryParamsSchema.safeParse({
        ...rest,
        ...(point === undefined ? {} : { near: point }),
        ...(unit === undefined ? {} : { radius_unit: unit }),
      });
      if (!parsed.success) {
        return reply
          .status(400)
          .type('application/problem+json')
          .send(validationProblem('querystring', parsed.error.issues));
      }
      try {
        const result = search(app.directory.index, parsed.data, { now: new Date(started) });
        const answer = {
          data: result.items.map(
            (item): SearchHit => ({
              resource: item.resource,
              ...(item.distanceKm === undefined
                ? {}
                : { distanceKm: Math.round(item.distanceKm * 100) / 100 }),
              ...(item.nextOccurrence ? { nextOccurrence: item.nextOccurrence } : {}),
              ...(item.status ? { timing: item.status } : {}),
            }),
          ),
          total: result.total,
          nextCursor: result.nextCursor,
        };
        const fresh = cache.set(request.url, app.directory.version, started, JSON.stringify(answer));
        return sendAnswer(reply, fresh, PUBLIC_FOR_30_S);
      } catch (error) {
        if (error instanceof InvalidCursorError) {
          return reply
            .status(400)
            .type('application/problem+json')
            .send(
              problem(
                'bad_request',
                'Invalid cursor',
                'This cursor belongs to another search; start again without it.',
              ),
            );
        }
        throw error;
      }
    },
  );
}
