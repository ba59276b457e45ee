import type { Migration } from './index.js';

export const migration: Migration = {
  version: 1,
  name: 'crisis-lines',
  sql: `
    CREATE TABLE crisis_lines (
      id text PRIMARY KEY,
      position integer NOT NULL,
      data jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `,
};
