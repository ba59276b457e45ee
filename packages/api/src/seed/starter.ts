import { CRISIS_LINES, STARTER_DIRECTORY } from '@recovery-circles/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import { contentHash } from '../repositories/content-hash.js';
import { upsertResource, withWriteTransaction } from '../repositories/resources.js';

/**
 * Loads core's starter directory: the crisis and help lines and the national family, peer
 * and professional programs. Idempotent: a second start changes nothing unless core ships
 * newer facts, which then update the stored records (and the change log says so).
 */
export async function loadStarterData(
  db: Kysely<Database>,
): Promise<{ crisisLines: number; resources: number }> {
  return withWriteTransaction(db, async (trx) => {
    const rows = CRISIS_LINES.map((line, position) => ({
      id: line.id,
      position,
      data: JSON.stringify(line),
    }));
    await trx
      .insertInto('crisis_lines')
      .values(rows)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => ({
            position: eb.ref('excluded.position'),
            data: eb.ref('excluded.data'),
            updated_at: new Date(),
          }))
          .where(
            sql<boolean>`crisis_lines.data IS DISTINCT FROM excluded.data OR crisis_lines.position IS DISTINCT FROM excluded.position`,
          ),
      )
      .execute();
    // Every start after the first finds the same facts: the stored hashes are read in one
    // query, and only a record whose facts differ (or that is new) goes through
    // upsertResource, with its identity checks and change log. Those are three queries a
    // record, a second of the start-up of every replica otherwise.
    const stored = await trx
      .selectFrom('resources')
      .select(['id', 'slug', 'source', 'external_id', 'content_hash'])
      // By (source, external_id): the unique index's columns, so no scan of the whole table.
      .where(({ eb, refTuple, tuple }) =>
        eb(
          refTuple('source', 'external_id'),
          'in',
          STARTER_DIRECTORY.map((resource) =>
            tuple(resource.provenance.source, resource.provenance.externalId ?? resource.id),
          ),
        ),
      )
      .execute();
    const hashes = new Map(stored.map((row) => [`${row.source}\n${row.external_id}`, row]));
    let written = 0;
    for (const resource of STARTER_DIRECTORY) {
      const row = hashes.get(
        `${resource.provenance.source}\n${resource.provenance.externalId ?? resource.id}`,
      );
      if (row && contentHash({ ...resource, id: row.id, slug: row.slug }) === row.content_hash) continue;
      const outcome = await upsertResource(trx, resource, { actor: 'starter-data' });
      if (outcome !== 'unchanged') written += 1;
    }
    return { crisisLines: rows.length, resources: written };
  });
}
