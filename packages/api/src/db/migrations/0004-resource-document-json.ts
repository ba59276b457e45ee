import type { Migration } from './index.js';

/*
 * A resource's document is always written and read whole, and never queried inside (the
 * columns and part tables beside it serve queries). `json` keeps it as the text that was
 * written, so reading 100,000 of them at start-up is a copy; `jsonb` rebuilt the text from
 * its binary form for every row, which was most of a first start's time. (jsonb's text is
 * kept as it is, spaces included, by the conversion; new writes are compact.)
 */
export const migration: Migration = {
  version: 4,
  name: 'resource-document-json',
  sql: `
    ALTER TABLE resources ALTER COLUMN data TYPE json USING data::json;
  `,
};
