import { randomUUID } from 'node:crypto';
import type { Resource } from '@recovery-circles/core';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../src/db/schema.js';
import { contentHash } from '../src/repositories/content-hash.js';
import { documentColumns, upsertResource, withWriteTransaction } from '../src/repositories/resources.js';

/*
 * upsertResource takes about 2 ms a record on PGlite (seven statements each), over three
 * minutes for 100,000. For new records it stores exactly the rows built here; multi-row
 * INSERTs in one write transaction load them in a fraction of that. `checkAgainstUpsert`
 * proves the rows are the same.
 */

/** Rows per INSERT: the widest table has 16 columns, well under Postgres' 65,535 parameters. */
const ROWS_PER_INSERT = 1_000;

type Tx = Transaction<Database>;

/** What one import of a source stamps on each record, as runImport does. */
interface BatchContext {
  actor: string;
  importBatchId: string;
}

/** The record as upsertResource stores a new one. */
function stored(incoming: Resource, context: BatchContext, now: Date): Resource {
  return {
    ...incoming,
    provenance: {
      ...incoming.provenance,
      importBatchId: context.importBatchId,
      importedAt: now.toISOString(),
    },
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

// The two helpers below mirror locationsOf and slotsOf in src/repositories/resources.ts.
function locationRows(resource: Resource) {
  const all = resource.kind === 'service' ? [resource.location, ...resource.locations] : [resource.location];
  return all.flatMap((location, position) =>
    location
      ? [
          {
            resource_id: resource.id,
            position,
            name: location.name ?? null,
            street: location.street ?? null,
            city: location.city ?? null,
            region: location.region ?? null,
            postal_code: location.postalCode ?? null,
            country: location.country ?? null,
            lat: location.coordinates?.lat ?? null,
            lng: location.coordinates?.lng ?? null,
            precision: location.precision,
          },
        ]
      : [],
  );
}

function slotRows(resource: Resource) {
  const schedule = resource.schedule;
  if (schedule?.type === 'weekly') {
    return schedule.slots.map((slot, position) => ({
      resource_id: resource.id,
      position,
      day: slot.day,
      starts: slot.start,
      ends: slot.end ?? null,
      time_zone: schedule.timeZone,
    }));
  }
  if (schedule?.type === 'opening-hours') {
    return schedule.hours.map((range, position) => ({
      resource_id: resource.id,
      position,
      day: range.day,
      starts: range.opens,
      ends: range.closes === '24:00' ? '23:59:59' : range.closes,
      time_zone: schedule.timeZone,
    }));
  }
  return [];
}

async function insertChunked<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT)
    await insert(rows.slice(start, start + ROWS_PER_INSERT));
}

async function insertResources(
  trx: Tx,
  resources: readonly Resource[],
  context: BatchContext,
): Promise<void> {
  const now = new Date();
  const records = resources.map((incoming) => stored(incoming, context, now));
  await insertChunked(records, (chunk) =>
    trx
      .insertInto('resources')
      .values(
        chunk.map((resource) => ({
          id: resource.id,
          kind: resource.kind,
          slug: resource.slug,
          name: resource.name,
          status: resource.status,
          circles: resource.circles,
          organization_id: null,
          source: resource.provenance.source,
          source_url: resource.provenance.sourceUrl ?? null,
          external_id: resource.provenance.externalId ?? resource.id,
          import_batch_id: context.importBatchId,
          verified_at: resource.verification.verifiedAt,
          ...documentColumns(resource),
          content_hash: contentHash(resource),
          version: sql<string>`nextval('resource_change_seq')`,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute(),
  );
  await insertChunked(records.flatMap(locationRows), (chunk) =>
    trx.insertInto('resource_locations').values(chunk).execute(),
  );
  await insertChunked(records.flatMap(slotRows), (chunk) =>
    trx.insertInto('resource_schedule_slots').values(chunk).execute(),
  );
  const verified = records.flatMap(({ id, verification }) =>
    verification.verifiedAt
      ? [
          {
            resource_id: id,
            verified_at: verification.verifiedAt,
            verified_by: verification.verifiedBy ?? null,
            method: verification.method ?? null,
          },
        ]
      : [],
  );
  await insertChunked(verified, (chunk) => trx.insertInto('verifications').values(chunk).execute());
  await insertChunked(records, (chunk) =>
    trx
      .insertInto('change_log')
      .values(
        chunk.map((resource) => ({
          actor: context.actor,
          action: 'create',
          entity_type: 'resource',
          entity_id: resource.id,
          import_batch_id: context.importBatchId,
          before: null,
          after: JSON.stringify(resource),
        })),
      )
      .execute(),
  );
}

/** The import format a record came in, for the batch and change-log actor. */
function formatOf(resource: Resource): string {
  return resource.kind === 'meeting' ? 'meeting-guide' : 'samhsa';
}

function groupBySource(resources: readonly Resource[]): Map<string, Resource[]> {
  const groups = new Map<string, Resource[]>();
  for (const resource of resources) {
    const group = groups.get(resource.provenance.source);
    if (group) group.push(resource);
    else groups.set(resource.provenance.source, [resource]);
  }
  return groups;
}

/** Throws when two records share an id, a slug or a source id: upsertResource would rename them. */
function assertDistinct(resources: readonly Resource[]): void {
  const seen = new Set<string>();
  for (const r of resources) {
    for (const key of [
      `id:${r.id}`,
      `slug:${r.slug}`,
      `ext:${r.provenance.source}\0${r.provenance.externalId ?? r.id}`,
    ]) {
      if (seen.has(key)) throw new Error(`duplicate ${key} in the benchmark data`);
      seen.add(key);
    }
  }
}

/**
 * Loads new records into an empty directory as one import per source (an import batch, the
 * records, their locations, schedule slots and change-log entries), in one write transaction.
 */
export async function bulkLoad(db: Kysely<Database>, resources: readonly Resource[]): Promise<void> {
  assertDistinct(resources);
  await withWriteTransaction(db, async (trx) => {
    for (const [source, group] of groupBySource(resources)) {
      const first = group[0];
      if (!first) continue;
      const format = formatOf(first);
      const context: BatchContext = { actor: `import:${format}`, importBatchId: randomUUID() };
      await trx
        .insertInto('import_batches')
        .values({
          id: context.importBatchId,
          source,
          format,
          file_name: `bench:${source}`,
          file_hash: null,
          status: 'running',
        })
        .execute();
      await insertResources(trx, group, context);
      await trx
        .updateTable('import_batches')
        .set({
          status: 'committed',
          finished_at: new Date(),
          summary: JSON.stringify({ records: group.length, added: group.length }),
          report: JSON.stringify([]),
        })
        .where('id', '=', context.importBatchId)
        .execute();
    }
  });
}

type Reader = Kysely<Database> | Tx;

/** What the store holds about some records, less what differs between any two writes (times, versions). */
async function snapshot(db: Reader, ids: readonly string[]): Promise<string> {
  const resources = await db
    .selectFrom('resources')
    .selectAll()
    .where('id', 'in', ids)
    .orderBy('id')
    .execute();
  const locations = await db
    .selectFrom('resource_locations')
    .selectAll()
    .where('resource_id', 'in', ids)
    .orderBy('resource_id')
    .orderBy('position')
    .execute();
  const slots = await db
    .selectFrom('resource_schedule_slots')
    .selectAll()
    .where('resource_id', 'in', ids)
    .orderBy('resource_id')
    .orderBy('position')
    .execute();
  const verifications = await db
    .selectFrom('verifications')
    .select(['resource_id', 'verified_at', 'verified_by', 'method'])
    .where('resource_id', 'in', ids)
    .orderBy('resource_id')
    .execute();
  const log = await db
    .selectFrom('change_log')
    .select(['entity_id', 'actor', 'action', 'import_batch_id', 'before', 'after'])
    .where('entity_type', '=', 'resource')
    .where('entity_id', 'in', ids)
    .orderBy('entity_id')
    .orderBy('id', 'desc')
    .execute();
  const latestLog = log.filter((row, i) => log[i - 1]?.entity_id !== row.entity_id);
  return JSON.stringify({
    resources: resources.map(({ version: _v, created_at: _c, updated_at: _u, data, ...row }) => ({
      ...row,
      data: withoutTimes(data),
    })),
    locations,
    slots,
    verifications,
    log: latestLog.map(({ after, ...row }) => ({ ...row, after: after && withoutTimes(after as Resource) })),
  });
}

function withoutTimes(resource: Resource): object {
  const { createdAt: _c, updatedAt: _u, provenance, ...rest } = resource;
  const { importedAt: _i, ...source } = provenance;
  return { ...rest, provenance: source };
}

class Rollback extends Error {}

/**
 * Proves the bulk rows are what upsertResource writes: deletes `ids`, writes them again
 * through upsertResource with the same import batch, compares every row (times and change
 * versions aside), and rolls back. Throws on any difference.
 */
export async function checkAgainstUpsert(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  const bulk = await snapshot(db, ids);
  let upserted = '';
  try {
    await withWriteTransaction(db, async (trx) => {
      const rows = await trx
        .selectFrom('resources')
        .select(['data', 'import_batch_id'])
        .where('id', 'in', ids)
        .execute();
      await trx.deleteFrom('resources').where('id', 'in', ids).execute();
      for (const { data, import_batch_id: batch } of rows) {
        const { createdAt: _c, updatedAt: _u, ...incoming } = data;
        const actor = `import:${formatOf(data)}`;
        await upsertResource(trx, incoming, batch ? { actor, importBatchId: batch } : { actor });
      }
      upserted = await snapshot(trx, ids);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  if (bulk !== upserted) {
    throw new Error(
      `bulk-loaded rows differ from upsertResource's:\n${bulk.slice(0, 2000)}\n---\n${upserted.slice(0, 2000)}`,
    );
  }
}
