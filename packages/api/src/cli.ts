#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { openStorage } from './db/database.js';
import { migrate } from './db/migrate.js';
import { loadEnv } from './env.js';
import { readSource } from './imports/read-source.js';
import { ImportError, type ImportSummary, runImport } from './imports/run-import.js';
import { summaryLines } from './imports/summary-text.js';
import { IMPORT_FORMATS, type ImportFormat } from './imports/types.js';
import { updateSnapshot } from './search/live-index.js';

const USAGE = `Usage: circles import <file or folder> [--format auto|${IMPORT_FORMATS.join('|')}] [--dry-run] [--source NAME]

Imports a Meeting Guide feed (.json), an Open Referral HSDS file (.json) or CSV package
(folder), a SAMHSA treatment file (.csv) or a curator spreadsheet (.csv) into the directory
(DATABASE_URL, or the embedded database in DATA_DIR). All or nothing: a failure or Ctrl-C
leaves the database as it was. A re-import updates records by their source id.`;

function bar(done: number, total: number): string {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

function printSummary(summary: ImportSummary): void {
  const errors = summary.issues.filter((i) => i.severity === 'error');
  const warnings = summary.issues.filter((i) => i.severity === 'warning');
  console.log(summaryLines(summary).join('\n'));
  for (const issue of [...errors, ...warnings].slice(0, 30)) {
    const where = [issue.index === null ? 'file' : `record ${issue.index}`, issue.ref, issue.path]
      .filter(Boolean)
      .join(' · ');
    console.log(`  ${issue.severity.padEnd(7)} ${where}: ${issue.message} [${issue.code}]`);
  }
  const more = errors.length + warnings.length - 30;
  if (more > 0) console.log(`  … and ${more} more`);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'auto' },
      'dry-run': { type: 'boolean', default: false },
      source: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, path] = positionals;
  if (values.help || command !== 'import' || !path) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const format = values.format as string;
  if (format !== 'auto' && !IMPORT_FORMATS.includes(format as ImportFormat)) {
    console.error(`Unknown format "${format}". Use auto or one of: ${IMPORT_FORMATS.join(', ')}.`);
    return 2;
  }

  const env = loadEnv();
  const storage = await openStorage(
    env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL }
      : { kind: 'pglite', dataDir: env.DATA_DIR, sameThread: true },
  );
  const abort = new AbortController();
  process.once('SIGINT', () => {
    process.stderr.write('\nStopping: rolling back…\n');
    abort.abort();
  });
  try {
    await migrate(storage.db);
    const source = readSource(path);
    const summary = await runImport(storage.db, source, {
      format: format as ImportFormat | 'auto',
      dryRun: values['dry-run'],
      ...(values.source ? { sourceName: values.source } : {}),
      signal: abort.signal,
      onProgress: (done, total) => {
        if (process.stderr.isTTY) process.stderr.write(`\r${bar(done, total)}`);
      },
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    printSummary(summary);
    const wrote = summary.added + summary.changed + summary.retired > 0;
    if (storage.dataDir !== undefined && !summary.dryRun && wrote) {
      // No server has the embedded database open while this runs: its next start would find
      // its index snapshot behind by this whole import. Brought up to date now, it is read
      // as one file then.
      const started = performance.now();
      try {
        const { resources } = await updateSnapshot(storage, storage.dataDir);
        console.log(
          `Search index snapshot brought up to date (${resources.toLocaleString('en-US')} resources) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
        );
      } catch (error) {
        // The import is saved either way: the server then starts from the database.
        console.error(
          `The import is saved, but the search index snapshot was not brought up to date (${(error as Error).message}); the next start reads the database.`,
        );
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(`\n${error.message}`);
      for (const issue of error.issues.filter((i) => i.severity === 'error').slice(0, 10)) {
        console.error(`  ${issue.message} [${issue.code}]`);
      }
      return abort.signal.aborted ? 130 : 1;
    }
    throw error;
  } finally {
    await storage.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
