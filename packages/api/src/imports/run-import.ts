import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { retireMissing, upsertResource, withWriteTransaction } from '../repositories/resources.js';
import { ADAPTERS } from './adapters.js';
import type { Converted, ImportFormat, ImportIssue, ImportSource } from './types.js';

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
  issues: ImportIssue[];
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
  else
    for (const name of Object.keys(source.tables).sort())
      hash
        .update(name)
        .update('\0')
        .update(source.tables[name] ?? '');
  return hash.digest('hex');
}

function convert(
  source: ImportSource,
  options: ImportOptions,
): { format: ImportFormat; converted: Converted } {
  const wanted = options.format ?? 'auto';
  const adapter =
    wanted === 'auto' ? ADAPTERS.find((a) => a.detect(source)) : ADAPTERS.find((a) => a.format === wanted);
  if (!adapter) {
    throw new ImportError(
      `Could not tell the format of ${source.name}. Pass --format with one of: ${ADAPTERS.map((a) => a.format).join(', ')}.`,
    );
  }
  const converted = adapter.convert(source, options.sourceName ? { sourceName: options.sourceName } : {});
  if (converted.fatal) throw new ImportError(`${source.name}: ${converted.fatal}`, converted.issues);
  return { format: adapter.format, converted };
}

/**
 * Imports a file all or nothing: every record is written in one transaction (a failure or an
 * abort leaves the database as it was), records are matched to what is stored by their source
 * id, and what the source no longer lists is retired. The batch and its report are recorded.
 */
export async function runImport(
  db: Kysely<Database>,
  source: ImportSource,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const { format, converted } = convert(source, options);
  const batchId = randomUUID();
  const fileHash = hashSource(source);
  const summary: ImportSummary = {
    batchId,
    format,
    source: converted.source,
    fileName: source.name,
    fileHash,
    dryRun: options.dryRun ?? false,
    records: converted.records,
    added: 0,
    changed: 0,
    unchanged: 0,
    retired: 0,
    skipped: converted.records - converted.resources.length,
    issues: converted.issues,
  };
  const actor = options.actor ?? `import:${format}`;
  const total = converted.resources.length;
  try {
    await withWriteTransaction(db, async (trx) => {
      await trx
        .insertInto('import_batches')
        .values({
          id: batchId,
          source: converted.source,
          format,
          file_name: source.name,
          file_hash: fileHash,
          status: 'running',
        })
        .execute();
      const seen = new Set<string>();
      let done = 0;
      for (const resource of converted.resources) {
        if (options.signal?.aborted) throw new ImportError('Import stopped; nothing was changed.');
        const outcome = await upsertResource(trx, resource, { actor, importBatchId: batchId });
        summary[outcome] += 1;
        seen.add(resource.provenance.externalId ?? resource.id);
        done += 1;
        if (done % 100 === 0 || done === total) options.onProgress?.(done, total);
      }
      summary.retired = await retireMissing(trx, converted.source, seen, { actor, importBatchId: batchId });
      const { issues, ...counts } = summary;
      await trx
        .updateTable('import_batches')
        .set({
          status: 'committed',
          finished_at: new Date(),
          summary: JSON.stringify(counts),
          report: JSON.stringify(issues),
        })
        .where('id', '=', batchId)
        .execute();
      if (summary.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return summary;
    throw error;
  }
  return summary;
}
