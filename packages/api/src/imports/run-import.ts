import { createHash, randomUUID } from 'node:crypto';
import type { Organization } from '@recovery-circles/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { linkOrganizations, upsertOrganization } from '../repositories/organizations.js';
import { retireMissing, upsertResource, withWriteTransaction } from '../repositories/resources.js';
import { ADAPTERS } from './adapters.js';
import { eachChunk } from './read-source.js';
import type {
  Converted,
  ConvertSink,
  FormatAdapter,
  ImportFormat,
  ImportIssue,
  ImportSource,
} from './types.js';

export interface ImportOptions {
  format?: ImportFormat | 'auto';
  /** Report what would change, and roll everything back. */
  dryRun?: boolean;
  /** Override the provenance source name (the key re-imports are matched on). */
  sourceName?: string;
  /** Who is importing, for the change log. */
  actor?: string;
  /** Called as records are written: (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Aborts the import; everything written so far is rolled back. */
  signal?: AbortSignal;
}

export interface ImportSummary {
  batchId: string;
  format: ImportFormat;
  source: string;
  fileName: string;
  fileHash: string;
  dryRun: boolean;
  records: number;
  added: number;
  changed: number;
  unchanged: number;
  retired: number;
  skipped: number;
  /**
   * The organizations the file held (HSDS), stored by id beside the resources, which link to
   * them; all zero for formats without organizations. Not retired when a re-import drops them.
   */
  organizations: OrganizationCounts;
  issues: ImportIssue[];
}

/** What an import did with the organizations its file held. */
export interface OrganizationCounts {
  /** Organizations in the file, saved or not. */
  records: number;
  added: number;
  changed: number;
  unchanged: number;
  /** Left out as not valid (each is in the report). */
  skipped: number;
}

/** A readable error that leaves the database as it was. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly issues: ImportIssue[] = [],
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

class DryRunRollback extends Error {}

/** A stable hash of what was imported, so an unchanged file is recognised. */
export function hashSource(source: ImportSource): string {
  const hash = createHash('sha256');
  if (source.kind === 'file') hash.update(source.text);
  else if (source.kind === 'path')
    eachChunk(source.path, (bytes) => {
      hash.update(bytes);
      return true;
    });
  else
    for (const name of Object.keys(source.tables).sort())
      hash
        .update(name)
        .update('\0')
        .update(source.tables[name] ?? '');
  return hash.digest('hex');
}

function chooseAdapter(source: ImportSource, options: ImportOptions): FormatAdapter {
  const wanted = options.format ?? 'auto';
  const adapter =
    wanted === 'auto' ? ADAPTERS.find((a) => a.detect(source)) : ADAPTERS.find((a) => a.format === wanted);
  if (!adapter) {
    throw new ImportError(
      `Could not tell the format of ${source.name}. Pass --format with one of: ${ADAPTERS.map((a) => a.format).join(', ')}.`,
    );
  }
  return adapter;
}

/** What a conversion tells the import once its resources are written. */
type Produced = Omit<Converted, 'resources' | 'organizations' | 'organizationRecords'>;

/**
 * Imports a file all or nothing: every record is written in one transaction (a failure or an
 * abort leaves the database as it was), records are matched to what is stored by their source
 * id, and what the source no longer lists is retired. The batch and its report are recorded.
 * A Meeting Guide file on disk is streamed: its meetings are written a batch at a time as they
 * are read, and only their source ids are held (for the retire step), not the records.
 */
export async function runImport(
  db: Kysely<Database>,
  source: ImportSource,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const adapter = chooseAdapter(source, options);
  const adapterOptions = options.sourceName ? { sourceName: options.sourceName } : {};
  const stream = source.kind === 'path' ? adapter.stream?.bind(adapter, source, adapterOptions) : undefined;
  if (stream) {
    return writeImport(db, source, adapter.format, options, NO_ORGANIZATIONS, async (sink) => {
      const streamed = await stream(sink);
      if (streamed.fatal) throw new ImportError(`${source.name}: ${streamed.fatal}`, streamed.issues);
      return streamed;
    });
  }
  const converted = adapter.convert(source, adapterOptions);
  if (converted.fatal) throw new ImportError(`${source.name}: ${converted.fatal}`, converted.issues);
  const { resources, organizations = [], organizationRecords, ...produced } = converted;
  const held = { organizations, records: organizationRecords ?? organizations.length };
  return writeImport(db, source, adapter.format, options, held, async (sink) => {
    let done = 0;
    for (const resource of resources) {
      await sink.write(resource);
      done += 1;
      if (done % 100 === 0 || done === resources.length) sink.progress(done, resources.length);
    }
    return produced;
  });
}

/** The organizations a file held: those to store, and how many there were in all. */
interface HeldOrganizations {
  organizations: readonly Organization[];
  records: number;
}
const NO_ORGANIZATIONS: HeldOrganizations = { organizations: [], records: 0 };

/**
 * Writes the file's organizations, then what `produce` hands the sink, in one transaction;
 * then links resources to the organizations it added, retires what the source no longer
 * lists and records the batch. Organizations go first because resources point at them
 * (`resources.organization_id` references `organizations`). The source name is settled once
 * `produce` is done (a streamed feed names itself as it is read), so the batch row is written
 * with the file's name first and given the source at the end.
 */
async function writeImport(
  db: Kysely<Database>,
  source: ImportSource,
  format: ImportFormat,
  options: ImportOptions,
  held: HeldOrganizations,
  produce: (sink: ConvertSink) => Promise<Produced>,
): Promise<ImportSummary> {
  const batchId = randomUUID();
  const fileHash = hashSource(source);
  const actor = options.actor ?? `import:${format}`;
  const counts = { added: 0, changed: 0, unchanged: 0 };
  const organizationCounts: OrganizationCounts = {
    records: held.records,
    added: 0,
    changed: 0,
    unchanged: 0,
    skipped: held.records - held.organizations.length,
  };
  let summary: ImportSummary | undefined;
  try {
    await withWriteTransaction(db, async (trx) => {
      await trx
        .insertInto('import_batches')
        .values({
          id: batchId,
          source: options.sourceName ?? `${format}:${source.name}`,
          format,
          file_name: source.name,
          file_hash: fileHash,
          status: 'running',
        })
        .execute();
      const seen = new Set<string>();
      let written = 0;
      const stopIfAborted = () => {
        if (options.signal?.aborted) throw new ImportError('Import stopped; nothing was changed.');
      };
      const addedOrganizations: string[] = [];
      for (const organization of held.organizations) {
        stopIfAborted();
        const outcome = await upsertOrganization(trx, organization, { actor, importBatchId: batchId });
        organizationCounts[outcome] += 1;
        if (outcome === 'added') addedOrganizations.push(organization.id);
      }
      const produced = await produce({
        write: async (resource) => {
          stopIfAborted();
          const outcome = await upsertResource(trx, resource, { actor, importBatchId: batchId });
          counts[outcome] += 1;
          seen.add(resource.provenance.externalId ?? resource.id);
          written += 1;
        },
        progress: (done, total) => {
          stopIfAborted();
          options.onProgress?.(done, total);
        },
      });
      stopIfAborted();
      // Resources written before their organization was stored (new ones link as they are written).
      await linkOrganizations(trx, addedOrganizations);
      summary = {
        batchId,
        format,
        source: produced.source,
        fileName: source.name,
        fileHash,
        dryRun: options.dryRun ?? false,
        records: produced.records,
        ...counts,
        retired: await retireMissing(trx, produced.source, seen, { actor, importBatchId: batchId }),
        skipped: produced.records - written,
        organizations: organizationCounts,
        issues: produced.issues,
      };
      const { issues, ...rest } = summary;
      await trx
        .updateTable('import_batches')
        .set({
          source: produced.source,
          status: 'committed',
          finished_at: new Date(),
          summary: JSON.stringify(rest),
          report: JSON.stringify(issues),
        })
        .where('id', '=', batchId)
        .execute();
      if (summary.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  if (!summary) throw new Error('The import wrote no summary.');
  return summary;
}
