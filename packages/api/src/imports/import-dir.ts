import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { readSource } from './read-source.js';
import { hashSource, ImportError, runImport } from './run-import.js';

/**
 * Imports every file (or CSV-package folder) in `dir` that is new or changed since its last
 * committed import. A file that cannot be imported is reported and skipped; the others go on.
 */
export async function importDirectory(
  db: Kysely<Database>,
  dir: string,
  log: FastifyBaseLogger,
): Promise<{ imported: string[]; unchanged: string[]; failed: string[] }> {
  const result = { imported: [] as string[], unchanged: [] as string[], failed: [] as string[] };
  const entries = readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
  for (const name of entries) {
    const path = join(dir, name);
    if (!statSync(path).isFile() && !statSync(path).isDirectory()) continue;
    const source = readSource(path);
    const hash = hashSource(source);
    const known = await db
      .selectFrom('import_batches')
      .select('id')
      .where('file_name', '=', source.name)
      .where('file_hash', '=', hash)
      .where('status', '=', 'committed')
      .executeTakeFirst();
    if (known) {
      result.unchanged.push(name);
      continue;
    }
    try {
      const summary = await runImport(db, source, { actor: 'import-dir' });
      const { issues, ...counts } = summary;
      log.info({ ...counts, issues: issues.length }, `imported ${name}`);
      result.imported.push(name);
    } catch (error) {
      const message = error instanceof ImportError ? error.message : String(error);
      log.warn({ file: name }, `not imported: ${message}`);
      result.failed.push(name);
    }
  }
  return result;
}
