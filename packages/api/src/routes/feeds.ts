import { publicView } from '@recovery-circles/core';
import {
  exportMeetingGuide,
  type MeetingGuideMeeting,
  MeetingGuideMeetingSchema,
} from '@recovery-circles/core/formats';
import { z } from 'zod';
import type { AppInstance } from '../app.js';

/** `GET /v1/feeds/meeting-guide.json`: every meeting as a spec-conformant Meeting Guide feed. */
export async function feedsRoutes(app: AppInstance): Promise<void> {
  let cached: { version: string; feed: MeetingGuideMeeting[] } | undefined;
  app.get(
    '/feeds/meeting-guide.json',
    {
      schema: {
        tags: ['feeds'],
        summary: 'Every meeting as a Meeting Guide JSON feed (for the Meeting Guide app and TSML UI)',
        response: { 200: z.array(MeetingGuideMeetingSchema) },
      },
    },
    async (_request, reply) => {
      const version = app.directory.version;
      if (cached?.version !== version) {
        const meetings = app.directory.index
          .all()
          .filter((r) => r.kind === 'meeting')
          .map(publicView);
        cached = { version, feed: exportMeetingGuide(meetings, { includeInactive: false }) };
      }
      void reply.header('cache-control', 'public, max-age=300');
      return cached.feed;
    },
  );
}
