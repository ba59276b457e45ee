import type { Organization } from '@recovery-circles/core';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { stableJson } from './content-hash.js';
import { type Db, logChange, type UpsertOutcome, type WriteContext } from './resources.js';

/**
 * Saves an organization under its id (so a re-import updates it instead of duplicating) and
 * logs the before and after of every real change. What the incoming record leaves out is
 * kept: an organization named in passing, such as the `organization` a service embeds (often
 * no more than its id and name), does not erase the description or email a fuller record
 * stored. `organization` must already be a valid core Organization (OrganizationSchema).
 */
export async function upsertOrganization(
  db: Transaction<Database>,
  organization: Organization,
  context: WriteContext,
): Promise<UpsertOutcome> {
  const existing = await db
    .selectFrom('organizations')
    .select('data')
    .where('id', '=', organization.id)
    .executeTakeFirst();
  const merged: Organization = existing ? { ...existing.data, ...organization } : organization;
  if (existing && stableJson(existing.data) === stableJson(merged)) return 'unchanged';
  const now = new Date();
  if (existing) {
    await db
      .updateTable('organizations')
      .set({ name: merged.name, data: JSON.stringify(merged), updated_at: now })
      .where('id', '=', merged.id)
      .execute();
  } else {
    await db
      .insertInto('organizations')
      .values({
        id: merged.id,
        name: merged.name,
        data: JSON.stringify(merged),
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  await logChange(db, context, 'organization', merged.id, existing?.data, merged);
  return existing ? 'changed' : 'added';
}

/**
 * Points the stored services and providers that name one of `ids` as their organization (and
 * point nowhere yet) at it: for resources written before their organization was stored, which
 * a re-import finds unchanged and so does not write again. Returns how many were linked.
 * `organization_id` is a column for queries, not part of the resource's document, so the
 * change version is not moved.
 */
export async function linkOrganizations(db: Transaction<Database>, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .updateTable('resources')
    .from('organizations')
    .set((eb) => ({ organization_id: eb.ref('organizations.id') }))
    .where(sql<boolean>`organizations.id = resources.data ->> 'organizationId'`)
    .where('organizations.id', 'in', ids)
    .where('resources.organization_id', 'is', null)
    .where('resources.kind', 'in', ['service', 'provider'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Every stored organization, by name: what `/hsds/organizations` lists beside the services. */
export async function listOrganizations(db: Db): Promise<Organization[]> {
  const rows = await db.selectFrom('organizations').select('data').orderBy('name').orderBy('id').execute();
  return rows.map((row) => row.data);
}

/** One stored organization by id. */
export async function getOrganization(db: Db, id: string): Promise<Organization | undefined> {
  const row = await db.selectFrom('organizations').select('data').where('id', '=', id).executeTakeFirst();
  return row?.data;
}
