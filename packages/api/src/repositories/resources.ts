import { createHash } from 'node:crypto';
import { outlineOf, type Resource, type StoredResource } from '@recovery-circles/core';
import { type CompiledQuery, type Kysely, sql, type Transaction } from 'kysely';
import { asciiJson } from '../db/ascii-json.js';
import type { Storage } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { contentHash } from './content-hash.js';

/** A connection or a transaction: the repositories' functions run on either. */
export type Db = Kysely<Database> | Transaction<Database>;

// Every transaction that writes resources holds this lock until it commits, so change
// versions (taken after the lock) become visible in order and a replica following
// `version > last seen` never skips a write that committed late.
const RESOURCE_WRITE_LOCK = 7_260_002;

/** Runs `work` in a transaction that may write resources (see RESOURCE_WRITE_LOCK). */
export async function withWriteTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${RESOURCE_WRITE_LOCK})`.execute(trx);
    return work(trx);
  });
}

/** Who made a change: a curator's id, "import:<format>", or "starter-data". */
export interface WriteContext {
  actor: string;
  importBatchId?: string;
}

export type UpsertOutcome = 'added' | 'changed' | 'unchanged';

/** A resource with the change version it was written at. */
export interface ResourceChange {
  resource: Resource;
  version: string;
}

/**
 * A resource's document and its outline, as every write stores them together: the document as
 * ASCII JSON (see `asciiJson`), the outline (core's `outlineOf`) for the search index to file
 * it by without parsing the document (see `readStoredResources`).
 */
export function documentColumns(resource: Resource): { data: string; outline: string } {
  return { data: asciiJson(resource), outline: asciiJson(outlineOf(resource)) };
}

function externalIdOf(resource: Resource): string {
  return resource.provenance.externalId ?? resource.id;
}

/** The stored organization a service or provider names, as a value for its `organization_id`. */
function organizationIdOf(resource: Resource) {
  const named =
    resource.kind === 'service' || resource.kind === 'provider' ? resource.organizationId : undefined;
  return named === undefined ? null : sql<string | null>`(SELECT id FROM organizations WHERE id = ${named})`;
}

function locationsOf(resource: Resource) {
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

function slotsOf(resource: Resource) {
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

async function writeParts(db: Db, resource: Resource): Promise<void> {
  await db.deleteFrom('resource_locations').where('resource_id', '=', resource.id).execute();
  await db.deleteFrom('resource_schedule_slots').where('resource_id', '=', resource.id).execute();
  const locations = locationsOf(resource);
  if (locations.length > 0) await db.insertInto('resource_locations').values(locations).execute();
  const slots = slotsOf(resource);
  if (slots.length > 0) await db.insertInto('resource_schedule_slots').values(slots).execute();
  const { verifiedAt, verifiedBy, method } = resource.verification;
  if (verifiedAt) {
    const known = await db
      .selectFrom('verifications')
      .select('id')
      .where('resource_id', '=', resource.id)
      .where('verified_at', '=', new Date(verifiedAt))
      .executeTakeFirst();
    if (!known) {
      await db
        .insertInto('verifications')
        .values({
          resource_id: resource.id,
          verified_at: verifiedAt,
          verified_by: verifiedBy ?? null,
          method: method ?? null,
        })
        .execute();
    }
  }
}

/** A short, stable suffix for a source, to tell apart records two sources gave one id. */
function sourceSuffix(source: string, attempt: number): string {
  const digest = createHash('sha256').update(`${source}#${attempt}`).digest('hex');
  return `-${digest.slice(0, 6)}`;
}

/**
 * The id and slug a record is stored under: its own, unless another record (from another
 * source) already has them; then they get a suffix derived from the source, stable across
 * re-imports because the record is found again by its source id.
 */
async function freeIdentity(
  db: Transaction<Database>,
  incoming: Resource,
  storedId: string | undefined,
): Promise<{ id: string; slug: string }> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const suffix = attempt === 0 ? '' : sourceSuffix(incoming.provenance.source, attempt);
    const id = storedId ?? `${incoming.id.slice(0, 120 - suffix.length)}${suffix}`;
    const slug = `${incoming.slug.slice(0, 120 - suffix.length)}${suffix}`;
    const taken = await db
      .selectFrom('resources')
      .select('id')
      .where((eb) => eb.or([eb('id', '=', id), eb('slug', '=', slug)]))
      .where('id', '!=', storedId ?? '')
      .executeTakeFirst();
    if (!taken) return { id, slug };
  }
  throw new Error(`could not find a free id for ${incoming.id} from ${incoming.provenance.source}`);
}

/**
 * The records among `incoming` that are stored already with the very same facts: what
 * `upsertResource` would find unchanged (same source and external id, same slug, same
 * content hash), found for all of them in one query by the unique index's columns, so a
 * caller that writes the same records again and again (every start's starter data) skips
 * them without a query each.
 */
export async function storedUnchanged(
  db: Transaction<Database>,
  incoming: readonly Resource[],
): Promise<Set<Resource>> {
  if (incoming.length === 0) return new Set();
  const stored = await db
    .selectFrom('resources')
    .select(['id', 'slug', 'source', 'external_id', 'content_hash'])
    .where(({ eb, refTuple, tuple }) =>
      eb(
        refTuple('source', 'external_id'),
        'in',
        incoming.map((resource) => tuple(resource.provenance.source, externalIdOf(resource))),
      ),
    )
    .execute();
  const bySource = new Map(stored.map((row) => [`${row.source}\n${row.external_id}`, row]));
  const unchanged = new Set<Resource>();
  for (const resource of incoming) {
    const row = bySource.get(`${resource.provenance.source}\n${externalIdOf(resource)}`);
    if (row?.slug === resource.slug && contentHash({ ...resource, id: row.id }) === row.content_hash) {
      unchanged.add(resource);
    }
  }
  return unchanged;
}

/**
 * Saves a resource, matched to what is stored by its source and external id (so a re-import
 * updates instead of duplicating). Logs the before and after of every real change.
 */
export async function upsertResource(
  db: Transaction<Database>,
  incoming: Resource,
  context: WriteContext,
): Promise<UpsertOutcome> {
  const externalId = externalIdOf(incoming);
  const existing = await db
    .selectFrom('resources')
    .select(['id', 'slug', 'data', 'content_hash', 'created_at'])
    .where('source', '=', incoming.provenance.source)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  const now = new Date();
  // A stored record that keeps its slug keeps its identity (slugs are unique, so the slug is
  // its own): no query for a free one. Re-imports and every start's starter data are mostly that.
  const { id, slug } =
    existing !== undefined && existing.slug === incoming.slug
      ? { id: existing.id, slug: existing.slug }
      : await freeIdentity(db, incoming, existing?.id);
  const resource: Resource = {
    ...incoming,
    id,
    slug,
    provenance: {
      ...incoming.provenance,
      ...(context.importBatchId
        ? { importBatchId: context.importBatchId, importedAt: now.toISOString() }
        : {}),
    },
    createdAt: (existing?.created_at ?? now).toISOString(),
    updatedAt: now.toISOString(),
  };
  const hash = contentHash(resource);
  if (existing && existing.content_hash === hash) return 'unchanged';

  const columns = {
    kind: resource.kind,
    slug: resource.slug,
    name: resource.name,
    status: resource.status,
    circles: resource.circles,
    // The organization it names, when that is stored (organizations are written first).
    organization_id: organizationIdOf(resource),
    source: resource.provenance.source,
    source_url: resource.provenance.sourceUrl ?? null,
    external_id: externalId,
    import_batch_id: context.importBatchId ?? null,
    verified_at: resource.verification.verifiedAt,
    ...documentColumns(resource),
    content_hash: hash,
    version: sql<string>`nextval('resource_change_seq')`,
    updated_at: now,
  };
  if (existing) {
    await db.updateTable('resources').set(columns).where('id', '=', existing.id).execute();
  } else {
    await db
      .insertInto('resources')
      .values({ id: resource.id, ...columns, created_at: now })
      .execute();
  }
  await writeParts(db, resource);
  await logChange(db, context, 'resource', resource.id, existing?.data, resource);
  return existing ? 'changed' : 'added';
}

/** Appends a write to the change log: who, what, and the record before (none when created) and after. */
export async function logChange(
  db: Transaction<Database>,
  context: WriteContext,
  entityType: 'resource' | 'organization',
  entityId: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  await db
    .insertInto('change_log')
    .values({
      actor: context.actor,
      action: before === undefined ? 'create' : 'update',
      entity_type: entityType,
      entity_id: entityId,
      import_batch_id: context.importBatchId ?? null,
      before: before === undefined ? null : JSON.stringify(before),
      after: JSON.stringify(after),
    })
    .execute();
}

/**
 * Marks active resources of `source` that the latest import no longer lists as inactive.
 * Returns how many were retired.
 */
export async function retireMissing(
  db: Transaction<Database>,
  source: string,
  keepExternalIds: ReadonlySet<string>,
  context: WriteContext,
): Promise<number> {
  const rows = await db
    .selectFrom('resources')
    .select(['id', 'external_id', 'data'])
    .where('source', '=', source)
    .where('status', '!=', 'inactive')
    .execute();
  let retired = 0;
  for (const row of rows) {
    if (keepExternalIds.has(row.external_id)) continue;
    const resource: Resource = { ...row.data, status: 'inactive', updatedAt: new Date().toISOString() };
    await db
      .updateTable('resources')
      .set({
        status: 'inactive',
        ...documentColumns(resource),
        content_hash: contentHash(resource),
        version: sql<string>`nextval('resource_change_seq')`,
        updated_at: new Date(),
      })
      .where('id', '=', row.id)
      .execute();
    await db
      .insertInto('change_log')
      .values({
        actor: context.actor,
        action: 'retire',
        entity_type: 'resource',
        entity_id: row.id,
        import_batch_id: context.importBatchId ?? null,
        before: JSON.stringify(row.data),
        after: JSON.stringify(resource),
      })
      .execute();
    retired += 1;
  }
  return retired;
}

/** One resource by id. */
export async function getResource(db: Db, id: string): Promise<Resource | undefined> {
  const row = await db.selectFrom('resources').select('data').where('id', '=', id).executeTakeFirst();
  return row?.data;
}

/**
 * Resources written after `version`, oldest change first, with the version each was
 * written at: how the search index loads at start and follows other replicas' writes.
 */
export async function resourcesChangedSince(
  db: Db,
  version: string,
  limit = 5_000,
): Promise<ResourceChange[]> {
  const rows = await db
    .selectFrom('resources')
    .select(['data', 'version'])
    .where('version', '>', version)
    .orderBy('version')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ resource: row.data, version: row.version }));
}

/** How `readDocumentRanges` reads: `blocks` pages a range, ahead when it can, all or the searchable. */
export interface RangeOptions {
  blocks?: number;
  readAhead?: Storage['readAhead'];
  activeOnly?: boolean;
}

/** One range of the table's pages, as `readDocumentRanges` hands it over. */
export interface DocumentRange {
  /**
   * Its records as a JSON text sequence (RFC 7464; null when it has none): for each, its
   * outline and then its document, each text as stored, after a record separator (U+001E)
   * and before a line feed. A record separator is never in JSON text (inside a string it
   * is always escaped), so it splits the sequence; a line feed is whitespace to JSON.
   */
  records: string | null;
  /** How many records that is. */
  count: number;
}

/** What comes before each JSON text of a JSON text sequence (RFC 7464). */
export const RECORD_SEPARATOR = '\x1e';

/**
 * The stored resources in a range's `records` (see `DocumentRange`): outlines parsed, each
 * document kept as its text for the index to parse when it is first read. Throws when the
 * text is not a whole sequence of pairs.
 */
export function storedResourcesIn(records: string): StoredResource[] {
  const texts = records.split(RECORD_SEPARATOR);
  if (texts[0] !== '' || texts.length % 2 !== 1) throw new Error('Not a sequence of outlines and documents');
  const stored: StoredResource[] = [];
  for (let i = 1; i < texts.length; i += 2) {
    stored.push({ outline: JSON.parse(texts[i] as string), json: texts[i + 1] as string });
  }
  return stored;
}

/**
 * Reads the stored outlines and documents in one pass over the table, `blocks` of its pages
 * at a time, handing each range's text to `take`, and returns the highest change version among all the
 * records ("0" when there are none), inactive ones included (with `activeOnly`, theirs are
 * the only documents left out).
 *
 * Each query reads a range of the table's pages in their own order (a TID range scan) and
 * answers with one value: the range's records joined into one text. Row by row, each
 * document is a message of its own, read and decoded on its own, which took more time than
 * parsing them (100,000 records: see the api README). Every query is in one repeatable-read
 * transaction, so the ranges together are one snapshot of the table: a record written
 * meanwhile is neither read twice nor missed, and comes after, with its higher version,
 * through the changes since. With `readAhead` (the embedded database, on its own thread) the
 * next range is read while `take` handles this one.
 */
export async function readDocumentRanges(
  db: Kysely<Database>,
  take: (range: DocumentRange) => void,
  options: RangeOptions = {},
): Promise<string> {
  const step = Math.max(1, Math.floor(options.blocks ?? 1_000));
  const kept = options.activeOnly ? sql`status <> 'inactive'` : sql`true`;
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      // The table's size now: at least what it was when this transaction's snapshot was taken.
      const { rows: size } = await sql<{ pages: number }>`
        SELECT (pg_relation_size('resources') / current_setting('block_size')::int)::int AS pages
      `.execute(trx);
      const pages = size[0]?.pages ?? 0;
      const ranges: CompiledQuery<RangeRow>[] = [];
      for (let first = 0; first < pages; first += step) {
        ranges.push(
          sql<RangeRow>`
            SELECT string_agg(chr(30) || outline::text || chr(10) || chr(30) || data::text || chr(10), '')
                FILTER (WHERE ${kept}) AS records,
              count(*) FILTER (WHERE ${kept})::int AS count, max(version)::text AS version
            FROM resources
            WHERE ctid >= ${`(${first},0)`}::tid AND ctid < ${`(${first + step},0)`}::tid
          `.compile(trx),
        );
      }
      let highest = 0n;
      const each = (rows: RangeRow[]) => {
        const range = rows[0];
        if (!range || range.version === null) return;
        const version = BigInt(range.version);
        if (version > highest) highest = version;
        take({ records: range.records, count: range.count });
      };
      if (options.readAhead) await options.readAhead(ranges, each);
      else for (const range of ranges) each((await trx.executeQuery(range)).rows);
      return String(highest);
    });
}

interface RangeRow extends DocumentRange {
  version: string | null;
}

/**
 * Every stored resource (with `activeOnly`, every one still searchable), a range at a time
 * (see `readDocumentRanges`), with its outline parsed and its document as stored, and the
 * highest change version: what a server reads to build its index when it has nothing to
 * start from. The index parses each document when it is first read, or ahead in slices.
 */
export async function readStoredResources(
  db: Kysely<Database>,
  visit: (resources: readonly StoredResource[]) => void,
  options: RangeOptions = {},
): Promise<string> {
  return readDocumentRanges(
    db,
    ({ records }) => {
      if (records) visit(storedResourcesIn(records));
    },
    options,
  );
}

/** The highest change version written so far ("0" for an empty directory). */
export async function latestVersion(db: Db): Promise<string> {
  const row = await db
    .selectFrom('resources')
    .select((eb) => eb.fn.max('version').as('max'))
    .executeTakeFirst();
  return row?.max ? String(row.max) : '0';
}
