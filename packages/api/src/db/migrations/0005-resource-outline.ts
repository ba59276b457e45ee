import type { Migration } from './index.js';

/*
 * Beside each resource's document, its outline (core's `outlineOf`): what the search index
 * files a record by, so a server starting from the rows parses the outlines and keeps the
 * documents as text until they are read (see `readStoredResources`). Written with every
 * document from now on; worked out here for those already stored, as `outlineOf` would.
 */
export const migration: Migration = {
  version: 5,
  name: 'resource-outline',
  sql: `
    ALTER TABLE resources ADD COLUMN outline json;
    UPDATE resources SET outline = json_build_object(
      'id', id,
      'kind', kind,
      'status', status,
      'attendance', COALESCE(data -> 'attendance', '[]'::json),
      'location', CASE WHEN json_typeof(data -> 'location') = 'object' THEN json_build_object(
        'coordinates', data -> 'location' -> 'coordinates',
        'precision', data -> 'location' -> 'precision'
      ) END,
      'locations', CASE WHEN kind = 'service' AND json_typeof(data -> 'locations') = 'array' THEN (
        SELECT json_agg(json_build_object('coordinates', place -> 'coordinates', 'precision', place -> 'precision'))
        FROM json_array_elements(data -> 'locations') AS place
      ) END
    );
    ALTER TABLE resources ALTER COLUMN outline SET NOT NULL;
  `,
};
