import { CRISIS_LINES } from '@recovery-circles/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * Loads core's starter directory: the national crisis and help lines. Idempotent, and it
 * refreshes lines that core ships newer facts for, so a second start reuses the data.
 */
export async function loadStarterData(db: Kysely<Database>): Promise<{ crisisLines: number }> {
  const rows = CRISIS_LINES.map((line, position) => ({ id: line.id, position, data: JSON.stringify(line) }));
  await db
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
  return { crisisLines: rows.length };
}
