import { CRISIS_LINES, STARTER_DIRECTORY } from '@recovery-circles/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import { storedUnchanged, upsertResource, withWriteTransaction } from '../repositories/resources.js';

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
    // Every start after the first finds the same facts: those are found in one query rather
    // than one upsert each.
    const unchanged = await storedUnchanged(trx, STARTER_DIRECTORY);
    let written = 0;
    for (const resource of STARTER_DIRECTORY) {
      if (unchanged.has(resource)) continue;
      const outcome = await upsertResource(trx, resource, { actor: 'starter-data' });
      if (outcome !== 'unchanged') written += 1;
    }
    return { crisisLines: rows.length, resources: written };
  });
}
