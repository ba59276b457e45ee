import type { Migration } from './index.js';

/** Remembers what each import read, so files in IMPORT_DIR are imported only when new or changed. */
export const migration: Migration = {
  version: 3,
  name: 'import-file-hash',
  sql: `
    ALTER TABLE import_batches ADD COLUMN file_hash text;
    CREATE INDEX import_batches_file ON import_batches (file_name, file_hash) WHERE status = 'committed';
  `,
};
