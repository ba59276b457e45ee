import { MatchRequestSchema, MatchResponseSchema, match, ProblemSchema } from '@recovery-circles/core';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { AppInstance } from '../../app.js';
import { validationProblem } from '../../plugins/errors.js';
import { locate, roughly } from './locate.js';

/**
 * `POST /v1/match`: a needs profile in, the support network out (per circle, with reasons).
 * The profile is never stored or logged; a ZIP or place is resolved offline.
 */
export async function matchRoute(app: AppInstance): Promise<void> {
  app.post(
    '/match',
    {
      config: { rateLimit: { max: app.limits.matchPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['matching'],
        summary: 'Find a support network for a needs profile',
        body: MatchRequestSchema,
        response: { 200: MatchResponseSchema, 400: ProblemSchema },
      },
      // The network is core's output over public views of stored, schema-checked records:
      // re-checking each answer against the zod schema cost up to 2.6 ms (bench/, 100,000
      // resources). Problems keep the checking serializer.
      serializerCompiler: (route) =>
        route.httpStatus === '200'
          ? (data: unknown) => JSON.stringify(data)
          : serializerCompiler({ ...route, schema: ProblemSchema }),
    },
    async (request, reply) => {
      const profile = request.body;
      let origin: { label: string; lat: number; lng: number } | null = null;
      const where = profile.where;
      if (where && !('lat' in where)) {
        const located = await locate(where);
        if (!located.ok) {
          return reply
            .status(400)
            .type('application/problem+json')
            .send(validationProblem('body', [{ path: ['where', located.field], message: located.message }]));
        }
        origin = { label: located.label, ...located.point };
      } else if (where) {
        origin = { label: 'your location', lat: where.lat, lng: where.lng };
      }
      const locale = request.headers['accept-language']?.toLowerCase().startsWith('es') ? 'es' : 'en';
      const data = match(profile, app.directory.index, {
        now: new Date(),
        locale,
        embed: true,
        ...(origin ? { origin: { lat: origin.lat, lng: origin.lng } } : {}),
      });
      void reply.header('cache-control', 'no-store');
      return { data, origin: origin ? { label: origin.label, ...roughly(origin) } : null };
    },
  );
}
