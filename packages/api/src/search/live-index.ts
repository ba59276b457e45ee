import { createIndex, type ResourceIndex } from '@recovery-circles/core';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Storage } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { latestVersion, readStoredResources, resourcesChangedSince } from '../repositories/resources.js';
import {
  databaseId,
  type IndexSnapshot,
  readSnapshotFile,
  snapshotFileIn,
  usableSnapshot,
  writeSnapshotFromDatabase,
} from './snapshot.js';

/**
 * Core's in-memory index over the database, kept current by following the change versions:
 * after this replica's own writes (`refresh()`), and every `pollMs` for other replicas'.
 * The database stays the source of truth; the index is rebuilt from it at every start, or,
 * with a `snapshotFile`, from the snapshot written when a server last stopped (or by the
 * import command, `updateSnapshot`) plus the changes since (see `snapshot.ts`).
 */
export interface LiveIndex {
  readonly index: ResourceIndex;
  /** The last change version applied. */
  readonly version: string;
  /** Applies every change written since the last refresh; returns how many. */
  refresh(): Promise<number>;
  /** Starts following other replicas' writes. */
  follow(): void;
  /**
   * Parses the records the index holds as stored text (see core's `StoredResource`), a
   * slice per turn of the event loop, so requests are answered in between and the first
   * searches and matches find them parsed; then files the remote classes the first match
   * would (see core's `ResourceIndex.remoteBundles`; about 0.3 s at once over 100,000
   * records, which that match would otherwise wait for). What a server starts once it listens;
   * settles when that is done or the index stopped.
   */
  parseAhead(): Promise<void>;
  /** Writes the snapshot now when there is one to keep and it is behind; throws when it cannot. */
  saveSnapshot(): Promise<void>;
  /** Stops following, and writes the snapshot when there is one to keep and it is behind. */
  stop(): Promise<void>;
  /** Whether the index started from a snapshot. */
  readonly fromSnapshot: boolean;
}

const BATCH = 5_000;

/**
 * Records parsed ahead at a time (see `parseAhead`): about 10 ms of work, so requests wait no
 * longer than that between slices.
 */
const PARSE_SLICE = 1_000;

/**
 * With nothing to start from: an index of every searchable record in the table, read once,
 * and the change version they are at. Each range is filed as it comes, by the outlines alone
 * (the documents stay text until read), while the database reads the next. Inactive records
 * stay in the database for history but are never searched, nor read here.
 */
async function indexEverything(
  db: Kysely<Database>,
  readAhead: Storage['readAhead'],
): Promise<{ index: ResourceIndex; version: string }> {
  const index = createIndex();
  const version = await readStoredResources(
    db,
    (batch) => {
      for (const resource of batch) index.add(resource);
    },
    { activeOnly: true, readAhead },
  );
  return { index, version };
}

export interface LiveIndexOptions {
  /** How often to look for other replicas' writes (0: never). */
  pollMs?: number;
  log?: FastifyBaseLogger;
  /** The storage's bulk reader, when it has one (see `Storage.readAhead`). */
  readAhead?: Storage['readAhead'];
  /** The snapshot file to start from when it is usable, and to keep. */
  snapshotFile?: string;
  /**
   * That file already being read (`readSnapshotFile`), started while the database opened;
   * read here when not given.
   */
  snapshotRead?: Promise<Partial<IndexSnapshot> | undefined>;
}

/** Loads every resource into a new index and returns it, ready to follow changes. */
export async function openLiveIndex(
  db: Kysely<Database>,
  options: LiveIndexOptions = {},
): Promise<LiveIndex> {
  const { snapshotFile, log, pollMs = 200, readAhead } = options;
  const read =
    snapshotFile === undefined ? undefined : (options.snapshotRead ?? readSnapshotFile(snapshotFile, log));
  const id = snapshotFile === undefined ? undefined : await databaseId(db);
  const snapshot =
    read !== undefined && id !== undefined
      ? usableSnapshot(await read, id, BigInt(await latestVersion(db)), log)
      : undefined;
  const start = snapshot
    ? { index: createIndex(snapshot.resources), version: snapshot.version }
    : await indexEverything(db, readAhead);
  const index = start.index;
  let version = start.version;
  let savedVersion = snapshot?.version;
  let running: Promise<number> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let following = false;
  let stopped = false;

  function parseSlices(done: () => void, failed: (error: unknown) => void): void {
    try {
      if (stopped) done();
      else if (index.parseStored(PARSE_SLICE) > 0) setImmediate(parseSlices, done, failed);
      else {
        index.remoteBundles();
        done();
      }
    } catch (error) {
      failed(error);
    }
  }

  async function applyChanges(): Promise<number> {
    let applied = 0;
    for (;;) {
      const changes = await resourcesChangedSince(db, version, BATCH);
      for (const { resource } of changes) {
        // Inactive records stay in the database for history but are never searched.
        if (resource.status === 'inactive') index.remove(resource.id);
        else index.update(resource);
      }
      applied += changes.length;
      const last = changes.at(-1);
      if (last) version = last.version;
      if (changes.length < BATCH) return applied;
    }
  }

  // One refresh at a time; a caller arriving during one waits, then runs its own.
  async function refresh(): Promise<number> {
    while (running) await running.catch(() => 0);
    running = applyChanges();
    try {
      return await running;
    } finally {
      running = undefined;
    }
  }

  function schedule(): void {
    timer = setTimeout(() => {
      refresh()
        .then((applied) => {
          if (applied > 0) log?.info({ applied, version }, 'search index followed changes');
        })
        .catch((err: unknown) => log?.error({ err }, 'search index refresh failed; retrying'))
        .finally(() => {
          if (following) schedule();
        });
    }, pollMs);
    timer.unref();
  }

  async function saveSnapshot(): Promise<void> {
    if (snapshotFile === undefined || id === undefined) return;
    if (savedVersion !== undefined && BigInt(savedVersion) >= BigInt(version)) return;
    // Straight from the database (the same records, at its version now: at least the index's).
    const saved = await writeSnapshotFromDatabase(db, snapshotFile, readAhead, id);
    if (saved) savedVersion = saved.version;
  }

  await refresh();
  return {
    index,
    get version() {
      return version;
    },
    refresh,
    follow() {
      if (following) return;
      following = true;
      schedule();
    },
    fromSnapshot: snapshot !== undefined,
    parseAhead() {
      return new Promise((resolve, reject) => setImmediate(parseSlices, resolve, reject));
    },
    saveSnapshot,
    async stop() {
      following = false;
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => 0);
      try {
        await saveSnapshot();
      } catch (err) {
        log?.warn(
          { err, file: snapshotFile },
          'search snapshot not written; the next start reads the database',
        );
      }
    },
  };
}

/**
 * Brings the index snapshot of the embedded database in `dataDir` up to date with the
 * database, as a server's graceful stop would: for a process that wrote to the database
 * while no server had it open (the import command), so that the next start reads one file
 * rather than applying each of those changes to an older snapshot, or reading every row.
 * Returns how many records it holds (0, writing nothing, when the database has no identity).
 */
export async function updateSnapshot(
  storage: Pick<Storage, 'db' | 'readAhead'>,
  dataDir: string,
): Promise<{ resources: number }> {
  const saved = await writeSnapshotFromDatabase(storage.db, snapshotFileIn(dataDir), storage.readAhead);
  return { resources: saved?.resources ?? 0 };
}
