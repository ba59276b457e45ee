import { open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Resource } from '@recovery-circles/core';
import type { FastifyBaseLogger } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { asciiJsonText } from '../db/ascii-json.js';
import type { Storage } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { readDocumentRanges } from '../repositories/resources.js';

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

/**
 * Writes the snapshot straight from the database, atomically: its searchable documents as
 * they are stored (ASCII JSON text, so nothing is parsed or serialized here; a character
 * outside ASCII, in a document stored before that, is escaped as `asciiJson` would), the highest
 * change version among all its records and its identity, all read in one repeatable-read
 * transaction (`readDocumentRanges`), each range written while the next is read. What a
 * graceful stop and the import command write: the same snapshot the index's records would
 * make, without turning 100,000 of them back into text on the main thread (about 3 s).
 * Returns how many records it holds and their version; undefined, writing nothing, when the
 * database has no identity.
 */
export async function writeSnapshotFromDatabase(
  db: Kysely<Database>,
  file: string,
  readAhead?: Storage['readAhead'],
): Promise<{ resources: number; version: string } | undefined> {
  const id = await databaseId(db);
  if (id === undefined) return undefined;
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const out = await open(temporary, 'w');
    let resources = 0;
    let version: string;
    // The file's writes, one after another while the ranges are read.
    let written: Promise<unknown> = out.write(
      `{"format":${SNAPSHOT_FORMAT},"databaseId":${JSON.stringify(id)},"resources":[`,
    );
    try {
      version = await readDocumentRanges(
        db,
        ({ documents, count }) => {
          if (!documents) return;
          const ascii = asciiJsonText(documents);
          const text = resources === 0 ? ascii : `,${ascii}`;
          resources += count;
          written = written.then(() => out.write(text, null, 'latin1'));
        },
        { activeOnly: true, readAhead },
      );
      await written;
      await out.write(`],"version":"${version}"}`);
    } finally {
      await written.catch(() => undefined);
      await out.close();
    }
    await rename(temporary, file);
    return { resources, version };
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
