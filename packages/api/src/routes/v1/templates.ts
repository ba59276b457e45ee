import { curatorCsvTemplate } from '@recovery-circles/core/formats';
import { z } from 'zod';
import type { AppInstance } from '../../app.js';

/** `GET /v1/templates/curator-meetings.csv` and `curator-services.csv`: the spreadsheet layouts curators fill in. */
export async function templatesRoute(app: AppInstance): Promise<void> {
  app.get(
    '/templates/:file',
    {
      schema: {
        tags: ['imports'],
        summary: 'Download the curator spreadsheet template for meetings or services',
        params: z.object({ file: z.enum(['curator-meetings.csv', 'curator-services.csv']) }),
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const kind = request.params.file === 'curator-meetings.csv' ? 'meetings' : 'services';
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${request.params.file}"`)
        .header('cache-control', 'public, max-age=3600')
        .send(curatorCsvTemplate(kind));
    },
  );
}
