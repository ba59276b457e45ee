import {
  type GeocodeCandidate,
  GeocodeQuerySchema,
  GeocodeResponseSchema,
  ProblemSchema,
} from '@recovery-circles/core';
import { loadUsGeo } from '@recovery-circles/core/geo-us';
import type { AppInstance } from '../../app.js';
import { problem } from '../../plugins/errors.js';

/**
 * `GET /v1/geocode?zip=` or `?place=`: offline US lookups. Unknown → 404 with a clear
 * message; an ambiguous place name → every candidate.
 */
export async function geocodeRoute(app: AppInstance): Promise<void> {
  app.get(
    '/geocode',
    {
      schema: {
        tags: ['reference'],
        summary: 'Turn a US ZIP code or "City, ST" into coordinates, offline',
        querystring: GeocodeQuerySchema,
        response: { 200: GeocodeResponseSchema, 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      const geo = await loadUsGeo();
      void reply.header('cache-control', 'public, max-age=86400');
      const { zip, place } = request.query;
      if (zip !== undefined) {
        const found = geo.lookupZip(zip);
        if (!found) {
          return reply
            .status(404)
            .type('application/problem+json')
            .send(
              problem(
                'not_found',
                'Unknown ZIP code',
                `We could not find the ZIP code ${zip}. Check the digits, or try "City, ST".`,
              ),
            );
        }
        const candidate: GeocodeCandidate = {
          label: found.city && found.state ? `${found.zip} (${found.city}, ${found.state})` : found.zip,
          lat: found.lat,
          lng: found.lng,
          zip: found.zip,
          source: found.source,
          ...(found.city ? { city: found.city } : {}),
          ...(found.state ? { state: found.state } : {}),
        };
        return { query: zip, ambiguous: false, candidates: [candidate] };
      }
      const query = place ?? '';
      const lookup = geo.lookupPlace(query);
      if (lookup.matches.length === 0) {
        return reply
          .status(404)
          .type('application/problem+json')
          .send(
            problem(
              'not_found',
              'Unknown place',
              `We could not find "${query}". Try "City, ST" (for example "Dayton, OH") or a ZIP code.`,
            ),
          );
      }
      return {
        query,
        ambiguous: lookup.ambiguous,
        candidates: lookup.matches.slice(0, 20).map(
          (m): GeocodeCandidate => ({
            label: `${m.city}, ${m.state}`,
            lat: m.lat,
            lng: m.lng,
            city: m.city,
            state: m.state,
            source: 'place',
          }),
        ),
      };
    },
  );
}
