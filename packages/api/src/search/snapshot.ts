import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { StoredResource } from '@recovery-circles/core';
import type { FastifyBaseLogger } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { asciiJsonText } from '../db/ascii-json.js';
import type { Storage } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { RECORD_SEPARATOR, readDocumentRanges, storedResourcesIn } from '../repositories/resources.js';

/*
 * A snapshot of the search index's records, kept beside the embedded database so a restart
 * reads one file instead of every row: the database stays the source of truth, and the
 * snapshot is only used when it belongs to this very database (its system identifier) and
 * is not ahead of it; the changes written since its version are then applied as usual.
 */

/**
 * 3: a JSON text sequence (RFC 7464) of each record's outline and document as the database
 * stores them (`DocumentRange`), then a trailer with the format, the database, the version and
 * the count; read back, only the outlines are parsed, and the index parses each document when
 * first read (see core's `StoredResource`): a few times faster than parsing every record.
 * The text is ASCII, every other character written as a JSON escape, and read as Latin-1
 * (a one-byte string, made from the file's bytes as they are; 2 was one JSON object, 1 UTF-8).
 */
export const SNAPSHOT_FORMAT = 3;

/** What a snapshot file holds. */
export interface IndexSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** `pg_control_system().system_identifier` of the database it was taken from. */
  databaseId: string;
  /** The last change version it includes. */
  version: string;
  resources: StoredResource[];
}

/** The snapshot's last record: what it is and how many records come before it. */
interface SnapshotTrailer extends Omit<IndexSnapshot, 'resources'> {
  resources: number;
}

/** Where a server with the embedded database in `dataDir` keeps its index's snapshot. */
export function snapshotFileIn(dataDir: string): string {
  return join(dataDir, 'search-snapshot.json-seq');
}

/** Where format 2 was kept; removed when a snapshot is written. */
const OLD_SNAPSHOT_NAME = 'search-snapshot.json';

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
 * The snapshot in `file`, read (outlines parsed, documents kept as text), when there is a
 * whole one; otherwise undefined. It needs no database, so it can be read while the
 * database opens: `usableSnapshot` says afterwards whether it may be used.
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
    const last = text.lastIndexOf(RECORD_SEPARATOR);
    const trailer = JSON.parse(text.slice(last + 1)) as Partial<SnapshotTrailer>;
    const resources = storedResourcesIn(text.slice(0, Math.max(0, last)));
    if (trailer.resources !== resources.length) throw new Error('The snapshot is not whole');
    return { ...trailer, resources };
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
 * Writes the snapshot straight from the database, atomically: its searchable records as they
 * are stored (outline and document, ASCII JSON text, so nothing is parsed or serialized here;
 * a character outside ASCII, in a document stored before that, is escaped as `asciiJson`
 * would), then the highest change version among all its records and its identity, all read in
 * one repeatable-read transaction (`readDocumentRanges`), each range written while the next
 * is read. What a graceful stop and the import command write: the same snapshot the index's
 * records would make, without turning 100,000 of them back into text on the main thread.
 * Returns how many records it holds and their version; undefined, writing nothing, when the
 * database has no identity (`knownId`, when the caller has read it already).
 */
export async function writeSnapshotFromDatabase(
  db: Kysely<Database>,
  file: string,
  readAhead?: Storage['readAhead'],
  knownId?: string,
): Promise<{ resources: number; version: string } | undefined> {
  const id = knownId ?? (await databaseId(db));
  if (id === undefined) return undefined;
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const out = await open(temporary, 'w');
    let resources = 0;
    let version: string;
    // The file's writes, one after another while the ranges are read.
    let written: Promise<unknown> = Promise.resolve();
    try {
      version = await readDocumentRanges(
        db,
        ({ records, count }) => {
          if (!records) return;
          const text = asciiJsonText(records);
          resources += count;
          written = written.then(() => out.write(text, null, 'latin1'));
        },
        { activeOnly: true, readAhead },
      );
      await written;
      const trailer: SnapshotTrailer = { format: SNAPSHOT_FORMAT, databaseId: id, version, resources };
      await out.write(`${RECORD_SEPARATOR}${JSON.stringify(trailer)}\n`);
    } finally {
      await written.catch(() => undefined);
      await out.close();
    }
    await rename(temporary, file);
    if (basename(file) !== OLD_SNAPSHOT_NAME)
      await rm(join(dirname(file), OLD_SNAPSHOT_NAME), { force: true });
    return { resources, version };
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
