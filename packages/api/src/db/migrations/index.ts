import { migration as crisisLines } from './0001-crisis-lines.js';
import { migration as directory } from './0002-directory.js';
import { migration as importFileHash } from './0003-import-file-hash.js';
import { migration as resourceDocumentJson } from './0004-resource-document-json.js';
import { migration as resourceOutline } from './0005-resource-outline.js';

/** One versioned step of the schema. Applied in order, once, inside a transaction. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, oldest first. Append new ones; never edit an applied one. */
export const MIGRATIONS: readonly Migration[] = [
  crisisLines,
  directory,
  importFileHash,
  resourceDocumentJson,
  resourceOutline,
];
