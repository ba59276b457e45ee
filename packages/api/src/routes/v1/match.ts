import { hash } from 'node:crypto';
import { MatchRequestSchema, MatchResponseSchema, match, ProblemSchema } from '@recovery-circles/core';
import type { FastifyRequest } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { AppInstance } from '../../app.js';
import { validationProblem } from '../../plugins/errors.js';
import { type CachedAnswer, createResponseCache, sendAnswer } from '../../search/response-cache.js';
import { locate, roughly } from './locate.js';

/** The UI language of the answer: Spanish when the visitor's browser asks for it first. */
function localeOf(request: FastifyRequest): 'en' | 'es' {
  return request.headers['accept-language']?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/**
 * `POST /v1/match`: a needs profile in, the support network out (per circle, with reasons).
 * The profile is never stored or logged; a ZIP or place is resolved offline.
 */
export async function matchRoute(app: AppInstance): Promise<void> {
  // The web app's questions have few answers, so visitors near one ZIP often give the same
  // profile: its answer is kept in memory for 30 s, under a hash of the language and the
  // body as sent, and given again while the index is unchanged. A match takes
  // milliseconds of the one thread; an answer from memory, a small fraction of that (bench/).
  const cache = createResponseCache({ max: 1_000, ttlMs: 30_000, etags: false });
  const keys = new WeakMap<FastifyRequest, string>();
  const hits = new WeakMap<FastifyRequest, CachedAnswer>();

  // The body is read as text and looked up before it is parsed or checked: a profile sent
  // exactly as one already answered passed both then, and doing them again was a third of
  // an answer from memory's time. Otherwise it is parsed as Fastify parses JSON everywhere.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser<string>('application/json', { parseAs: 'string' }, (request, text, done) => {
    const key = hash('sha256', `${localeOf(request)}\n${text}`, 'base64url');
    const cached = cache.get(key, app.directory.version, Date.now());
    if (cached) {
      hits.set(request, cached);
      done(null, null);
      return;
    }
    keys.set(request, key);
    parseJson(request, text, done);
  });

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
      // A network is sent as the bytes of its JSON (cached or new), not through the zod
      // serializer: it is core's output over public views of stored, schema-checked records,
      // and re-checking each answer cost up to 2.6 ms (bench/, 100,000 resources). Problems
      // keep the checking serializer.
      serializerCompiler: (route) =>
        route.httpStatus === '200'
          ? (data: unknown) => JSON.stringify(data)
          : serializerCompiler({ ...route, schema: ProblemSchema }),
      preValidation: async (request, reply) => {
        const hit = hits.get(request);
        if (hit) return sendAnswer(reply, hit, 'no-store');
      },
    },
    async (request, reply) => {
      const profile = request.body;
      const now = Date.now();
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
      const version = app.directory.version;
      const data = match(profile, app.directory.index, {
        now: new Date(now),
        locale: localeOf(request),
        embed: true,
        ...(origin ? { origin: { lat: origin.lat, lng: origin.lng } } : {}),
      });
      const text = JSON.stringify({
        data,
        origin: origin ? { label: origin.label, ...roughly(origin) } : null,
      });
      const key = keys.get(request);
      const answer = key === undefined ? { body: Buffer.from(text) } : cache.set(key, version, now, text);
      return sendAnswer(reply, answer, 'no-store');
    },
  );
}
