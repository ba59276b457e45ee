import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Resource } from '@recovery-circles/core';
import type { FastifyBaseLogger } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { asciiJson } from '../db/ascii-json.js';
import type { Database } from '../db/schema.js';

/*
 * A snapshot of the search index's records, kept beside the embedded database so a restart
 * reads one file instead of every row: the database stays the source of truth, and the
 * snapshot is only used when it belongs to this very database (its system identifier) and
 * is not ahead of it; the changes written since its version are then applied as usual.
 */

/**
 * 2: the text is ASCII, every other character written as a JSON escape, and read as Latin-1
 * (1 was UTF-8). A one-byte string is made from the file's bytes as they are and parsed
 * faster than the two-byte string any one non-Latin-1 character (an em dash, a curly quote)
 * makes of the whole text: 0.4–0.6 s less on 100,000 records (see the api README).
 */
export const SNAPSHOT_FORMAT = 2;

/** What a snapshot file holds. */
export interface IndexSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** `pg_control_system().system_identifier` of the database it was taken from. */
  databaseId: string;
  /** The last change version it includes. */
  version: string;
  resources: Resource[];
}

/** Where a server with the embedded database in `dataDir` keeps its index's snapshot. */
export function snapshotFileIn(dataDir: string): string {
  return join(dataDir, 'search-snapshot.json');
}

/** The database's identity: unique to each database cluster, the embedded one included. */
export async function databaseId(db: Kysely<Database>): Promise<string | undefined> {
  try {
    const { rows } = await sql<{
      id: string;
    }>`SELECT system_identifier::text AS id FROM pg_control_system()`.execute(db);
    return rows[0]?.id;
  } catch {
    return undefined;
  }
}

/**
 * The snapshot in `file`, parsed, when there is one that parses; otherwise undefined. It
 * needs no database, so it can be read while the database opens: `usableSnapshot` says
 * afterwards whether it may be used.
 */
export async function readSnapshotFile(
  file: string,
  log?: FastifyBaseLogger,
): Promise<Partial<IndexSnapshot> | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'latin1');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as Partial<IndexSnapshot>;
  } catch (err) {
    log?.warn({ err, file }, 'search snapshot unreadable; building from the database');
    return undefined;
  }
}

/**
 * `parsed` when it is a whole snapshot of the database `id` at or below its `latest`
 * version; otherwise undefined (and the index is built from the database).
 */
export function usableSnapshot(
  parsed: Partial<IndexSnapshot> | undefined,
  id: string,
  latest: bigint,
  log?: FastifyBaseLogger,
): IndexSnapshot | undefined {
  if (parsed === undefined) return undefined;
  const usable =
    parsed.format === SNAPSHOT_FORMAT &&
    parsed.databaseId === id &&
    typeof parsed.version === 'string' &&
    /^\d+$/.test(parsed.version) &&
    BigInt(parsed.version) <= latest &&
    Array.isArray(parsed.resources);
  if (usable) return parsed as IndexSnapshot;
  log?.info('search snapshot is of another database or ahead of it; building from the database');
  return undefined;
}

/** Writes a snapshot atomically (a temporary file renamed over the old one). */
export async function writeSnapshot(file: string, snapshot: IndexSnapshot): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, asciiJson(snapshot), 'latin1');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
