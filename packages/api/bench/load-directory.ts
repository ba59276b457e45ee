import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStorage } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { loadStarterData } from '../src/seed/starter.js';
import { bulkLoad, checkAgainstUpsert } from './bulk-load.js';
import { generateDirectory } from './generate.js';

/** What preparing the benchmark database did. */
export interface PreparedDirectory {
  resources: number;
  meetings: number;
  facilities: number;
  templateMeetings: number;
  zipCentroids: number;
  generateMs: number;
  loadMs: number;
  /** Records rewritten through upsertResource to prove the bulk rows identical. */
  checkedAgainstUpsert: number;
}

const CHECK_SAMPLE = 200;

/**
 * Generates the directory and loads it into a new embedded database in `dataDir`, as the
 * server would find it after importing the feeds: migrated, starter data, then the imports.
 */
export async function prepareDirectory(dataDir: string, count: number): Promise<PreparedDirectory> {
  let started = performance.now();
  const generated = await generateDirectory({ count });
  const generateMs = performance.now() - started;

  started = performance.now();
  const storage = await openStorage({ kind: 'pglite', dataDir });
  try {
    await migrate(storage.db);
    await loadStarterData(storage.db);
    await bulkLoad(storage.db, generated.resources);
    const loadMs = performance.now() - started;
    const stride = Math.max(1, Math.floor(generated.resources.length / CHECK_SAMPLE));
    const sample = generated.resources.filter((_, i) => i % stride === 0).map((r) => r.id);
    await checkAgainstUpsert(storage.db, sample);
    return {
      resources: generated.resources.length,
      meetings: generated.resources.length - generated.facilities,
      facilities: generated.facilities,
      templateMeetings: generated.templateMeetings,
      zipCentroids: generated.zipCentroids,
      generateMs: Math.round(generateMs),
      loadMs: Math.round(loadMs),
      checkedAgainstUpsert: sample.length,
    };
  } finally {
    await storage.close();
  }
}

// Run as its own process by run.ts, so the server's memory is measured without the generator's.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dataDir, count] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: load-directory.ts <dataDir> [count]');
  const prepared = await prepareDirectory(dataDir, Number(count ?? 100_000));
  process.stdout.write(`${JSON.stringify(prepared)}\n`);
}
