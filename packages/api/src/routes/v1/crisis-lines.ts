import { CRISIS_LINES, type CrisisLine, CrisisLinesResponseSchema } from '@recovery-circles/core';
import type { AppInstance } from '../../app.js';

/** `GET /v1/crisis-lines`: every crisis and help line, in the order they are shown. */
export async function crisisLinesRoute(app: AppInstance): Promise<void> {
  app.get(
    '/crisis-lines',
    {
      schema: {
        tags: ['crisis'],
        summary: 'Every crisis and help line, never filtered',
        description:
          'The national crisis and help lines with their structured channels (call, text with keyword, chat, videophone, TTY, menu options).',
        response: { 200: CrisisLinesResponseSchema },
      },
    },
    async (request, reply) => {
      let data: CrisisLine[];
      try {
        const rows = await app.storage.db
          .selectFrom('crisis_lines')
          .select('data')
          .orderBy('position')
          .execute();
        data = rows.map((r) => r.data);
      } catch (err) {
        // Crisis help must never disappear behind a database error: fall back to core's copy.
        request.log.error({ err }, 'crisis lines unavailable from the database; serving the built-in list');
        data = [...CRISIS_LINES];
      }
      if (data.length === 0) data = [...CRISIS_LINES];
      void reply.header('cache-control', 'public, max-age=300');
      return { data };
    },
  );
}
